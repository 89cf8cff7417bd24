using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Content.Articles;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// The changes of one sync, written batch by batch, with slugs settled. A published URL never moves: an indexed
/// article keeps its slug for as long as it wants the same one, and only articles new to that slug go through
/// <see cref="SlugAssigner.Settle"/>.
/// </summary>
/// <remarks>
/// Every batch looks at the same snapshot of the index, taken before the first, plus what the earlier batches wrote
/// (remembered here): reopening the index between batches would flush every writer thread into small segments and
/// make each batch wait for it.
/// </remarks>
internal sealed class SlugChanges(IndexSearcher snapshot, Func<Article, string?> priorSlug)
{
    private readonly bool _snapshotIsEmpty = snapshot.IndexReader.NumDocs == 0;
    private readonly HashSet<string> _deletedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _wantedById = new(StringComparer.Ordinal);
    private readonly HashSet<string> _wanted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal);

    /// <summary>Writes one batch: removes <paramref name="deletedIds"/>, adds or replaces <paramref name="files"/>.</summary>
    /// <returns>Articles that asked for a slug by name and had to take another; worth a warning.</returns>
    public List<SlugAssigner.Collision> Write(IndexWriter writer, IReadOnlyList<IndexedFile> files, IReadOnlyCollection<string> deletedIds)
    {
        foreach (var id in deletedIds)
        {
            _deletedIds.Add(id);
            writer.DeleteDocuments(new Term(IndexFields.Id, id));
        }
        foreach (var file in files)
        {
            _wantedById[file.Article.Id] = file.Article.Slug;
            _wanted.Add(file.Article.Slug);
        }

        var writes = new List<(Article Article, string Stamp, string Wanted, bool Replaces)>(files.Count);
        var newcomers = new List<(IndexedFile File, bool Replaces)>();
        foreach (var file in files)
        {
            // An article that still wants the slug it was published under keeps it, whatever else changed.
            var held = Find(IndexFields.Id, file.Article.Id).FirstOrDefault();
            if (held is not null && held.Get(IndexFields.WantedSlug) == file.Article.Slug)
            {
                var slug = held.Get(IndexFields.Slug);
                _assigned.Add(slug);
                writes.Add((file.Article with { Slug = slug }, file.Stamp, file.Article.Slug, Replaces: true));
            }
            else
            {
                newcomers.Add((file, Replaces: held is not null));
            }
        }

        var collisions = new List<SlugAssigner.Collision>();
        var byId = newcomers.ToDictionary(n => n.File.Article.Id, StringComparer.Ordinal);
        foreach (var group in newcomers.GroupBy(n => n.File.Article.Slug, StringComparer.Ordinal))
        {
            var settled = SlugAssigner.Settle(group.Key, group.Select(n => n.File.Article), slug => IsTaken(slug, group.Key), priorSlug, out var found);
            collisions.AddRange(found.Where(c => c.Article.HasExplicitSlug));
            foreach (var article in settled)
            {
                _assigned.Add(article.Slug);
                var (file, replaces) = byId[article.Id];
                writes.Add((article, file.Stamp, group.Key, replaces));
            }
        }

        // Slugs are settled one by one above; analysing and inverting the documents is the costly part, and the
        // writer takes documents from several threads at once (each fills its own segment). An article not in the
        // index is added without a delete by id: each such delete would be looked up in every segment at each flush.
        Parallel.ForEach(writes, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, write =>
        {
            var doc = ArticleDocuments.ToDocument(write.Article, write.Stamp, write.Wanted);
            if (write.Replaces) writer.UpdateDocument(new Term(IndexFields.Id, write.Article.Id), doc);
            else writer.AddDocument(doc);
        });
        return collisions;
    }

    /// <summary>
    /// Whether <paramref name="slug"/> belongs to an article staying in the index or settled in this batch, or is
    /// the bare slug another article wants (so a suffix can never steal it).
    /// </summary>
    private bool IsTaken(string slug, string wanted)
    {
        if (_assigned.Contains(slug)) return true;
        if (slug != wanted && _wanted.Contains(slug)) return true;
        if (Find(IndexFields.Slug, slug).Any(doc => !IsLeaving(doc))) return true;
        return slug != wanted && Find(IndexFields.WantedSlug, slug).Any(doc => !IsLeaving(doc));
    }

    // A deleted article frees its slug; so does one re-read in this sync that now wants another slug, since its
    // document is replaced.
    private bool IsLeaving(Lucene.Net.Documents.Document doc)
    {
        var id = doc.Get(IndexFields.Id);
        if (_deletedIds.Contains(id)) return true;
        return _wantedById.TryGetValue(id, out var wanted) && wanted != doc.Get(IndexFields.WantedSlug);
    }

    private IEnumerable<Lucene.Net.Documents.Document> Find(string field, string value)
    {
        if (_snapshotIsEmpty) return [];
        var hits = snapshot.Search(new TermQuery(new Term(field, value)), 1000);
        return hits.ScoreDocs.Select(hit => snapshot.Doc(hit.Doc));
    }
}
