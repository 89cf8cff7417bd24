using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Content.Articles;
using F = NewsArchive.Search.Indexing.IndexFields;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// One batch of changes to the index, with slugs settled: for every slug the batch touches, all articles that want
/// it (already indexed or new) go through <see cref="SlugAssigner"/> together, and indexed articles whose slug that
/// changes are rewritten too.
/// </summary>
internal sealed class SlugChanges
{
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<IndexedFile> _files;
    private readonly IReadOnlyCollection<string> _deletedIds;
    private readonly HashSet<string> _changingIds;

    public SlugChanges(IndexSearcher searcher, IReadOnlyList<IndexedFile> files, IReadOnlyCollection<string> deletedIds)
    {
        _searcher = searcher;
        _files = files;
        _deletedIds = deletedIds;
        _changingIds = files.Select(f => f.Article.Id).Concat(deletedIds).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Articles that asked for a slug by name and had to take another; worth a warning.</summary>
    public List<SlugAssigner.Collision> ExplicitCollisions { get; } = [];

    public void WriteTo(IndexWriter writer)
    {
        foreach (var id in _deletedIds) writer.DeleteDocuments(new Term(F.Id, id));

        var indexIsEmpty = _searcher.IndexReader.NumDocs == 0;
        var affected = _files.Select(f => f.Article.Slug).ToHashSet(StringComparer.Ordinal);
        if (!indexIsEmpty)
        {
            foreach (var id in _changingIds)
            {
                if (Find(F.Id, id).FirstOrDefault() is { } doc) affected.Add(doc.Get(F.WantedSlug));
            }
        }

        var newByWanted = _files.GroupBy(f => f.Article.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var wanted in affected)
        {
            var members = new List<IndexedFile>(newByWanted.GetValueOrDefault(wanted) ?? []);
            var current = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!indexIsEmpty)
            {
                foreach (var doc in Find(F.WantedSlug, wanted).Where(d => !_changingIds.Contains(d.Get(F.Id))))
                {
                    var article = ArticleDocuments.ToArticle(doc);
                    current[article.Id] = article.Slug;
                    members.Add(new IndexedFile(article with { Slug = wanted }, doc.Get(F.Stamp)));
                }
            }
            if (members.Count == 0) continue;

            var stamps = members.ToDictionary(m => m.Article.Id, m => m.Stamp, StringComparer.Ordinal);
            var assigned = SlugAssigner.AssignUnique(members.Select(m => m.Article), out var collisions);
            ExplicitCollisions.AddRange(collisions.Where(c => c.Article.HasExplicitSlug));
            foreach (var article in assigned)
            {
                // An already indexed article is rewritten only when its slug moves.
                if (current.TryGetValue(article.Id, out var slug) && slug == article.Slug) continue;
                writer.UpdateDocument(new Term(F.Id, article.Id), ArticleDocuments.ToDocument(article, stamps[article.Id], wanted));
            }
        }
    }

    private IEnumerable<Lucene.Net.Documents.Document> Find(string field, string value)
    {
        var hits = _searcher.Search(new TermQuery(new Term(field, value)), 1000);
        return hits.ScoreDocs.Select(hit => _searcher.Doc(hit.Doc));
    }
}
