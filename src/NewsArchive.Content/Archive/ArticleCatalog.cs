using System.Collections.Frozen;
using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;

namespace NewsArchive.Content.Archive;

/// <summary>An immutable snapshot of the loaded articles, newest first, found by slug.</summary>
public sealed class ArticleCatalog
{
    private readonly List<Article> _newestFirst;
    private readonly FrozenDictionary<string, Article> _bySlug;

    public ArticleCatalog(IEnumerable<Article> articles, IReadOnlyList<RejectedFile> rejected)
    {
        // Undated articles cannot be placed in time, so they follow every dated one.
        _newestFirst = articles
            .OrderBy(a => a.Date is null)
            .ThenByDescending(a => a.Date)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        _bySlug = _newestFirst.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        Rejected = rejected;
    }

    public static readonly ArticleCatalog Empty = new([], []);

    public int Count => _newestFirst.Count;

    public IReadOnlyList<RejectedFile> Rejected { get; }

    public PageOf<Article> Newest(int page, int pageSize) => PageOf.Of(_newestFirst, page, pageSize);

    public Article? FindBySlug(string slug) => _bySlug.GetValueOrDefault(slug);
}
