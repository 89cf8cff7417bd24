using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Content.Articles;
using F = NewsArchive.Search.Indexing.IndexFields;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// One batch of changes to the index, with slugs settled. A published URL never moves: an indexed article keeps
/// its slug for as long as it wants the same one, and only articles new to that slug go through
/// <see cref="SlugAssigner.Settle"/>.
/// </summary>
internal sealed class SlugChanges(
    IndexSearcher searcher,
    IReadOnlyList<IndexedFile> files,
    IReadOnlyCollection<string> deletedIds,
    Func<Article, string?> priorSlug)
{
    private readonly HashSet<string> _deletedIds = deletedIds.ToHashSet(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _wantedById = files.ToDictionary(f => f.Article.Id, f => f.Article.Slug, StringComparer.Ordinal);
    private readonly HashSet<string> _batchWanted = files.Select(f => f.Article.Slug).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal);

    /// <summary>Articles that asked for a slug by name and had to take another; worth a warning.</summary>
    public List<SlugAssigner.Collision> ExplicitCollisions { get; } = [];

    public void WriteTo(IndexWriter writer)
    {
        foreach (var id in _deletedIds) writer.DeleteDocuments(new Term(F.Id, id));

        var indexIsEmpty = searcher.IndexReader.NumDocs == 0;
        var writes = new List<(Article Article, string Stamp, string Wanted)>(files.Count);
        var newcomers = new List<IndexedFile>();
        foreach (var file in files)
        {
            // An article that still wants the slug it was published under keeps it, whatever else changed.
            var held = indexIsEmpty ? null : Find(F.Id, file.Article.Id).FirstOrDefault();
            if (held is not null && held.Get(F.WantedSlug) == file.Article.Slug)
            {
                var slug = held.Get(F.Slug);
                _assigned.Add(slug);
                writes.Add((file.Article with { Slug = slug }, file.Stamp, file.Article.Slug));
            }
            else
            {
                newcomers.Add(file);
            }
        }

        var stamps = newcomers.ToDictionary(f => f.Article.Id, f => f.Stamp, StringComparer.Ordinal);
        foreach (var group in newcomers.GroupBy(f => f.Article.Slug, StringComparer.Ordinal))
        {
            var settled = SlugAssigner.Settle(group.Key, group.Select(f => f.Article), slug => IsTaken(slug, group.Key), priorSlug, out var collisions);
            ExplicitCollisions.AddRange(collisions.Where(c => c.Article.HasExplicitSlug));
            foreach (var article in settled)
            {
                _assigned.Add(article.Slug);
                writes.Add((article, stamps[article.Id], group.Key));
            }
        }

        // Slugs are settled one by one above; analysing and inverting the documents is the costly part, and the
        // writer takes documents from several threads at once (each fills its own segment).
        Parallel.ForEach(writes, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, write =>
            writer.UpdateDocument(new Term(F.Id, write.Article.Id), ArticleDocuments.ToDocument(write.Article, write.Stamp, write.Wanted)));
    }

    /// <summary>
    /// Whether <paramref name="slug"/> belongs to an article staying in the index or settled in this batch, or is
    /// the bare slug another article wants (so a suffix can never steal it).
    /// </summary>
    private bool IsTaken(string slug, string wanted)
    {
        if (_assigned.Contains(slug)) return true;
        if (slug != wanted && _batchWanted.Contains(slug)) return true;
        if (Find(F.Slug, slug).Any(doc => !IsLeaving(doc))) return true;
        return slug != wanted && Find(F.WantedSlug, slug).Any(doc => !IsLeaving(doc));
    }

    // A deleted article frees its slug; so does one re-read in this batch that now wants another slug, since its
    // document is about to be replaced.
    private bool IsLeaving(Lucene.Net.Documents.Document doc)
    {
        var id = doc.Get(F.Id);
        if (_deletedIds.Contains(id)) return true;
        return _wantedById.TryGetValue(id, out var wanted) && wanted != doc.Get(F.WantedSlug);
    }

    private IEnumerable<Lucene.Net.Documents.Document> Find(string field, string value)
    {
        if (searcher.IndexReader.NumDocs == 0) return [];
        var hits = searcher.Search(new TermQuery(new Term(field, value)), 1000);
        return hits.ScoreDocs.Select(hit => searcher.Doc(hit.Doc));
    }
}
