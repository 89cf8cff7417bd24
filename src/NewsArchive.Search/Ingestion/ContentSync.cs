using NewsArchive.Search.Indexing;
using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;

namespace NewsArchive.Search.Ingestion;

/// <summary>
/// Brings the index in line with the content folder: only files whose size or time changed are read again,
/// files that are gone are removed. A file that turns unreadable keeps its last good version in the index.
/// A refused file is reported once per version: until it changes it is neither read nor reported again.
/// </summary>
public sealed class ContentSync(ContentFolder folder, ArchiveIndex index)
{
    private const int BatchSize = 2000;
    private const int BatchesPerCommit = 25;
    private readonly ConcurrentDictionary<string, Refusal> _rejected = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _syncLock = new();

    private ContentFingerprint _fingerprint = ContentFingerprint.Of(index.Stamps());

    /// <summary>What the index holds, as of the last sync; the same in every process that indexed the same files.</summary>
    public string Fingerprint => _fingerprint.ToString();

    /// <summary>The files skipped at the last look, with the reason; /health counts them.</summary>
    public IReadOnlyList<RejectedFile> Rejected =>
        _rejected.Select(r => new RejectedFile(r.Key, r.Value.Reason)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    /// <summary>Compares the whole folder with the index and applies every difference.</summary>
    public SyncReport SyncAll(CancellationToken cancellationToken = default)
    {
        lock (_syncLock)
        {
            var clock = Stopwatch.StartNew();
            var stamps = index.Stamps();
            var rejected = new List<RejectedFile>();
            var files = folder.EnumerateFiles(rejected).ToList();
            var present = files.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var stillRefused = files.Where(IsStillRefused).ToList();
            var changed = files.Where(f => (!stamps.TryGetValue(f.Id, out var stamp) || stamp != f.Stamp) && !IsStillRefused(f)).ToList();
            var removed = stamps.Keys.Where(id => !present.Contains(id)).ToList();

            var added = 0;
            var indexed = 0;
            var batches = 0;
            var collisions = new List<SlugAssigner.Collision>();
            var converted = new List<ConvertedFile>();
            using (var changes = index.BeginChanges())
            {
                foreach (var batch in changed.Chunk(BatchSize))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var read = ReadAll(batch, rejected, converted);
                    collisions.AddRange(changes.Apply(read, batches == 0 ? removed : []));
                    indexed += read.Count;
                    added += read.Count(f => !stamps.ContainsKey(f.Article.Id));
                    if (++batches % BatchesPerCommit == 0) index.Commit(complete: false);
                }
                if (batches == 0) changes.Apply([], removed);
            }
            index.Commit(complete: true);
            _fingerprint = ContentFingerprint.Of(index.Stamps());

            var before = new Dictionary<string, Refusal>(_rejected, StringComparer.Ordinal);
            _rejected.Clear();
            foreach (var file in stillRefused) _rejected[file.Id] = before[file.Id];
            var news = Refuse(rejected, files, before);
            return new SyncReport(added, indexed - added, removed.Count, files.Count - changed.Count, news, collisions, clock.Elapsed) { Converted = converted };
        }
    }

    /// <summary>Applies what changed at these paths (from a file watcher): files added, changed or gone.</summary>
    public SyncReport SyncPaths(IEnumerable<string> fullPaths)
    {
        lock (_syncLock)
        {
            var clock = Stopwatch.StartNew();
            var rejected = new List<RejectedFile>();
            var changed = new List<ContentFile>();
            var removed = new List<string>();
            var priorStamps = new Dictionary<string, string>(StringComparer.Ordinal);
            var unchanged = 0;
            foreach (var path in fullPaths.Distinct(StringComparer.Ordinal))
            {
                if (!ArticleFileReader.IsArticleFile(path)) continue;
                var id = folder.IdOf(Path.GetFullPath(path));
                var file = folder.Find(path);
                var stamp = StampOf(id);
                if (stamp is not null) priorStamps[id] = stamp;
                if (file is null)
                {
                    // A file that never became an article (refused, or never read) is no article removed.
                    if (stamp is not null && !id.StartsWith("..", StringComparison.Ordinal)) removed.Add(id);
                    _rejected.TryRemove(id, out _);
                    continue;
                }
                if (stamp == file.Stamp || IsStillRefused(file)) unchanged++;
                else changed.Add(file);
            }

            var converted = new List<ConvertedFile>();
            var read = ReadAll(changed, rejected, converted);
            var collisions = index.Apply(read, removed);
            index.Commit(complete: true);
            foreach (var file in read)
            {
                if (priorStamps.TryGetValue(file.Article.Id, out var prior)) _fingerprint.Toggle(file.Article.Id, prior);
                _fingerprint.Toggle(file.Article.Id, file.Stamp);
            }
            foreach (var id in removed)
            {
                if (priorStamps.TryGetValue(id, out var prior)) _fingerprint.Toggle(id, prior);
            }

            var before = new Dictionary<string, Refusal>(_rejected, StringComparer.Ordinal);
            foreach (var file in changed) _rejected.TryRemove(file.Id, out _);
            var news = Refuse(rejected, changed, before);
            var added = read.Count(f => !priorStamps.ContainsKey(f.Article.Id));
            return new SyncReport(added, read.Count - added, removed.Count, unchanged, news, collisions, clock.Elapsed) { Converted = converted };
        }
    }

    /// <summary>Why a file was refused, and the version refused (null for what is not a file: a link out, a folder).</summary>
    private sealed record Refusal(string Reason, string? Stamp);

    private bool IsStillRefused(ContentFile file) => _rejected.TryGetValue(file.Id, out var refusal) && refusal.Stamp == file.Stamp;

    /// <summary>Records this look's refusals; answers those not already reported for the same version and reason.</summary>
    private List<RejectedFile> Refuse(List<RejectedFile> rejected, IEnumerable<ContentFile> looked, Dictionary<string, Refusal> before)
    {
        var ids = rejected.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var stamps = looked.Where(f => ids.Contains(f.Id)).ToDictionary(f => f.Id, f => f.Stamp, StringComparer.Ordinal);
        var news = new List<RejectedFile>();
        foreach (var r in rejected)
        {
            var refusal = new Refusal(r.Reason, stamps.GetValueOrDefault(r.Id));
            _rejected[r.Id] = refusal;
            if (!before.TryGetValue(r.Id, out var old) || old != refusal) news.Add(r);
        }
        return news;
    }

    private string? StampOf(string id) => index.Search(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return hits.TotalHits == 0 ? null : searcher.Doc(hits.ScoreDocs[0].Doc).Get(IndexFields.Stamp);
    });

    /// <summary>Reads files in parallel (parsing is the costly part), keeping their order.</summary>
    private List<IndexedFile> ReadAll(IReadOnlyList<ContentFile> files, List<RejectedFile> rejected, List<ConvertedFile> converted)
    {
        var results = files.AsParallel().AsOrdered().Select(file =>
        {
            try
            {
                var article = folder.Read(file, out var legacy);
                var note = legacy == LegacyEncoding.None ? null : new ConvertedFile(file.Id, legacy);
                return (File: new IndexedFile(article, file.Stamp), Rejected: (RejectedFile?)null, Converted: note);
            }
            catch (ArticleFileException ex)
            {
                return (File: (IndexedFile?)null, Rejected: new RejectedFile(file.Id, ex.Message), Converted: (ConvertedFile?)null);
            }
        }).ToList();

        rejected.AddRange(results.Where(r => r.Rejected is not null).Select(r => r.Rejected!));
        converted.AddRange(results.Where(r => r.Converted is not null).Select(r => r.Converted!));
        return results.Where(r => r.File is not null).Select(r => r.File!).ToList();
    }
}
