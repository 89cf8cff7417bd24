using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsArchive.Content.Articles;
using NewsArchive.Search.Analysis;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// The archive's Lucene index: one writer for the life of the process, searchers through a SearcherManager.
/// It stores everything a page shows, so pages and search read from it and article bodies stay on disk.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    private const string SchemaKey = "schema";
    private const string CompleteKey = "complete";

    private readonly IndexFolder _folder;
    private readonly System.Threading.Lock _writeLock = new();
    private readonly IndexFolder.Build _build;
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    // While a fresh build is under way, the previous complete build (if any) keeps answering: even one found damaged,
    // whose failing reads then answer IndexDamagedException while the rest of it serves.
    private (FSDirectory Directory, SearcherManager Searchers)? _previous;
    private string? _previousDamage;
    private readonly IndexDamage _damage;
    private volatile bool _isComplete;

    private ArchiveIndex(IndexFolder folder, IndexFolder.Build build, bool isComplete, (FSDirectory, SearcherManager)? previous)
    {
        _folder = folder;
        _build = build;
        _damage = new IndexDamage(build.Path);
        // From here until Dispose the build may be half written: a crash in between means a full check next time.
        BuildCheck.ClearClosedCleanly(build.Path);
        // Not FSDirectory.Open: MMapDirectory crashes under SearcherManager swaps on Linux (see PositionalReadDirectory).
        _directory = new PositionalReadDirectory(new DirectoryInfo(build.Path));
        var config = new IndexWriterConfig(WordSplitter.Version, new KeywordAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Bm25,
            // Fewer, larger flushed segments mean fewer merges: less CPU for a full build, for more memory at its
            // peak (docs/performance.md).
            RAMBufferSizeMB = IndexBufferMB,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        _isComplete = isComplete;
        _previous = previous;
    }

    public static readonly Similarity Bm25 = new ArchiveSimilarity();

    /// <summary>Memory the writer fills with new articles before writing them out as a segment.</summary>
    public const double IndexBufferMB = 256;

    /// <summary>Whether the index holds a complete build: until then a fresh build is still being written.</summary>
    public bool IsComplete => _isComplete;

    public string BuildPath => _build.Path;

    /// <summary>Raised once when a read finds this build damaged (checksums verified after a read failed).</summary>
    public event Action<string>? DamageFound
    {
        add => _damage.Discovered += value;
        remove => _damage.Discovered -= value;
    }

    /// <summary>Builds found damaged when the index was opened, with what was wrong; they are rebuilt and removed.</summary>
    public IReadOnlyList<(string Path, string Reason)> Damaged { get; private init; } = [];

    /// <summary>
    /// Opens the newest sound build of the current schema: complete, or a build that was stopped part way, which
    /// then goes on where it stopped. Without one, starts a fresh build, serving the newest complete build of any
    /// schema meanwhile. Damaged builds (see <see cref="BuildCheck"/>) are passed over, and removed once a build
    /// completes.
    /// </summary>
    public static ArchiveIndex Open(string indexPath)
    {
        var folder = new IndexFolder(indexPath);
        var builds = folder.Builds();
        var damaged = new List<(string, string)>();
        var verdicts = new Dictionary<string, (int Schema, bool Complete)?>(StringComparer.Ordinal);
        (int Schema, bool Complete)? Sound(IndexFolder.Build build)
        {
            if (!verdicts.TryGetValue(build.Path, out var verdict)) verdicts[build.Path] = verdict = Inspect(build, damaged);
            return verdict;
        }

        // Newest first, and only as far as needed: usually just the complete build of the current schema is checked.
        var current = builds.FirstOrDefault(b => b.Schema == IndexFields.SchemaVersion && Sound(b) is not null);
        if (current is not null && Sound(current) is { Complete: true })
        {
            folder.RemoveAllBut(current); // leftovers: damaged or unfinished builds, or one whose removal a crash cut short
            return new ArchiveIndex(folder, current, isComplete: true, previous: null) { Damaged = damaged };
        }

        var fallback = builds.FirstOrDefault(b => b != current && ReadState(b.Path) is { Complete: true } && Sound(b) is not null);
        // A build found damaged while it served still answers most reads better than nothing while it is rebuilt.
        var damagedFallback = fallback is null
            ? builds.FirstOrDefault(b => b != current && BuildCheck.IsMarkedDamaged(b.Path) && ReadState(b.Path) is { Complete: true })
            : null;
        var previous = (fallback ?? damagedFallback) is { } serving ? OpenReadOnly(serving.Path) : null;
        return new ArchiveIndex(folder, current ?? folder.NewBuild(IndexFields.SchemaVersion), isComplete: false, previous)
        {
            Damaged = damaged,
            _previousDamage = previous is not null && damagedFallback is not null ? "found damaged while it served" : null,
        };
    }

    /// <summary>The build's commit state if it is sound; null if it has no commit yet or is damaged (added to <paramref name="damaged"/>).</summary>
    private static (int Schema, bool Complete)? Inspect(IndexFolder.Build build, List<(string, string)> damaged)
    {
        var state = ReadState(build.Path);
        if (state is null)
        {
            // A build stopped before its first commit is unfinished, not damaged; a commit that cannot be read is damage.
            if (System.IO.Directory.EnumerateFiles(build.Path, "segments*").Any())
                damaged.Add((build.Path, "its last commit cannot be read"));
            return null;
        }
        if (BuildCheck.IsMarkedDamaged(build.Path)) return null; // reported when it was found
        if (BuildCheck.Damage(build.Path) is { } damage)
        {
            damaged.Add((build.Path, damage));
            return null;
        }
        return state;
    }

    private static (int Schema, bool Complete)? ReadState(string path)
    {
        try
        {
            using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
            if (!DirectoryReader.IndexExists(directory)) return null;
            var infos = new SegmentInfos();
            infos.Read(directory);
            var data = infos.UserData;
            return (data.TryGetValue(SchemaKey, out var s) && int.TryParse(s, out var schema) ? schema : 0,
                data.TryGetValue(CompleteKey, out var c) && c == "true");
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static (FSDirectory, SearcherManager)? OpenReadOnly(string path)
    {
        try
        {
            var directory = new PositionalReadDirectory(new DirectoryInfo(path));
            return (directory, new SearcherManager(directory, new Bm25SearcherFactory()));
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException)
        {
            return null;
        }
    }

    /// <summary>Whether anything can be searched yet: a complete build, or the previous one while rebuilding.</summary>
    public bool IsSearchable => _isComplete || _previous is not null;

    /// <summary>Runs <paramref name="work"/> on a current searcher, released afterwards.</summary>
    /// <exception cref="IndexDamagedException">The read failed because the index is damaged.</exception>
    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var ownBuild = _isComplete || _previous is null;
        var previousDamage = _previousDamage;
        var searchers = ownBuild ? _searchers : _previous!.Value.Searchers;
        var searcher = searchers.Acquire();
        try
        {
            return work(searcher);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException or IndexDamagedException)
                                   && (ownBuild ? _damage.Explain(searcher, ex) : previousDamage) is { } damage)
        {
            throw new IndexDamagedException(damage, ex);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Verifies the checksum of every file of the build, as a background job after a start: opening checks only
    /// what a clean stop left, and damage done to files at rest (a disk, a copy cut short) shows only here.
    /// Damage found raises <see cref="DamageFound"/>.
    /// </summary>
    public void VerifyIntegrity()
    {
        var searcher = _searchers.Acquire();
        try
        {
            _damage.VerifyAll(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Each indexed file's stamp, by article id: what a sync compares the content folder against.</summary>
    public Dictionary<string, string> Stamps()
    {
        _searchers.MaybeRefreshBlocking();
        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var stamps = new Dictionary<string, string>(reader.NumDocs, StringComparer.Ordinal);
            // From doc values, not stored fields: those are compressed in blocks with the article bodies, and a
            // restart would decompress the whole archive to read two short strings a document.
            var bytes = new BytesRef();
            foreach (var leaf in reader.Leaves)
            {
                var atomic = leaf.AtomicReader;
                var live = atomic.LiveDocs;
                var ids = atomic.GetSortedDocValues(IndexFields.SortId);
                var stamped = atomic.GetBinaryDocValues(IndexFields.Stamp);
                for (var doc = 0; doc < atomic.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    ids.Get(doc, bytes);
                    var id = bytes.Utf8ToString();
                    stamped.Get(doc, bytes);
                    stamps[id] = bytes.Utf8ToString();
                }
            }
            return stamps;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Adds or replaces <paramref name="files"/> and removes <paramref name="deletedIds"/>, keeping every slug
    /// unique by <see cref="SlugAssigner"/>'s rules across the whole index.
    /// </summary>
    /// <returns>Articles whose own <c>slug:</c> was taken by another and got a suffix.</returns>
    public IReadOnlyList<SlugAssigner.Collision> Apply(IReadOnlyList<IndexedFile> files, IReadOnlyCollection<string> deletedIds)
    {
        if (files.Count == 0 && deletedIds.Count == 0) return [];
        using var changes = BeginChanges();
        return changes.Apply(files, deletedIds);
    }

    /// <summary>
    /// Starts a series of <see cref="Changes.Apply"/> batches (one sync) that settle slugs against the index as it is
    /// now plus what the series wrote, without reopening the index between batches.
    /// </summary>
    public Changes BeginChanges()
    {
        _searchers.MaybeRefreshBlocking();
        return new Changes(this, _searchers.Acquire());
    }

    /// <summary>One sync's batches of changes; dispose when the last is applied.</summary>
    public sealed class Changes : IDisposable
    {
        private readonly ArchiveIndex _index;
        private readonly IndexSearcher _snapshot;
        private readonly SlugChanges _slugs;

        internal Changes(ArchiveIndex index, IndexSearcher snapshot)
        {
            _index = index;
            _snapshot = snapshot;
            _slugs = new SlugChanges(snapshot, index.PriorSlug);
        }

        /// <inheritdoc cref="ArchiveIndex.Apply"/>
        public IReadOnlyList<SlugAssigner.Collision> Apply(IReadOnlyList<IndexedFile> files, IReadOnlyCollection<string> deletedIds)
        {
            lock (_index._writeLock) return _slugs.Write(_index._writer, files, deletedIds);
        }

        public void Dispose() => _index._searchers.Release(_snapshot);
    }

    /// <summary>
    /// While rebuilding, the slug an article had in the previous build (if it still wants the same one), so a
    /// schema change moves no URL.
    /// </summary>
    private string? PriorSlug(Article article)
    {
        if (_isComplete || _previous is not { } previous) return null;
        var searcher = previous.Searchers.Acquire();
        try
        {
            var hits = searcher.Search(new TermQuery(new Term(IndexFields.Id, article.Id)), 1);
            if (hits.TotalHits == 0) return null;
            var doc = searcher.Doc(hits.ScoreDocs[0].Doc);
            return doc.Get(IndexFields.WantedSlug) == article.Slug ? doc.Get(IndexFields.Slug) : null;
        }
#pragma warning disable CA1031 // a damaged build fails in many ways (IO, corrupt data, bad text); each means "cannot tell"
        catch (Exception ex) when (_previousDamage is not null && ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // A damaged build cannot vouch for the slug it gave: the rebuild goes on, with the slug the title gives.
            return null;
        }
        finally
        {
            previous.Searchers.Release(searcher);
        }
    }

    /// <summary>Makes everything applied so far durable; <paramref name="complete"/> marks a finished build.</summary>
    public void Commit(bool complete)
    {
        lock (_writeLock)
        {
            var finishing = complete && !_isComplete;
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [SchemaKey] = IndexFields.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [CompleteKey] = complete || _isComplete ? "true" : "false",
            });
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            if (!finishing) return;

            _isComplete = true;
            if (_previous is { } previous)
            {
                _previous = null;
                previous.Searchers.Dispose();
                previous.Directory.Dispose();
            }
            _folder.RemoveAllBut(_build);
        }
    }

    /// <summary>
    /// Marks this build as found damaged: it is never opened for writing again, serves only while its replacement is
    /// built (see <see cref="Open"/>), and is removed when that is complete. Dispose it once nothing reads it.
    /// </summary>
    public void MarkDamaged(string damage)
    {
        lock (_writeLock)
        {
            _markedDamaged = true;
            BuildCheck.MarkDamaged(_build.Path, damage);
        }
    }

    private bool _markedDamaged;

    /// <summary>Commits what was applied (a build stopped part way goes on from here next time) and closes the index.</summary>
    public void Dispose()
    {
        lock (_writeLock)
        {
            _searchers.Dispose();
            if (_markedDamaged) _writer.Rollback(); // closes without writing into a damaged build
            else _writer.Dispose(); // commits
            _directory.Dispose();
            if (!_markedDamaged) BuildCheck.MarkClosedCleanly(_build.Path);
            if (_previous is { } previous)
            {
                previous.Searchers.Dispose();
                previous.Directory.Dispose();
            }
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        // Made on the thread that opens the index or reopens it after a sync, never by a request: the segments' facet
        // arrays are read here (new segments only; the others are kept), so no search pays for them.
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var segment in reader.Leaves) SegmentFacets.Of(segment.AtomicReader);
            return new IndexSearcher(reader) { Similarity = Bm25 };
        }
    }
}
