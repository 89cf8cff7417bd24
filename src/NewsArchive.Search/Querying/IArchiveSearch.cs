using NewsArchive.Content.Articles;

namespace NewsArchive.Search.Querying;

/// <summary>What the web layer asks of the archive: articles by slug, and searches (which also browse).</summary>
public interface IArchiveSearch
{
    /// <summary>Whether the index can answer yet.</summary>
    bool IsReady { get; }

    int ArticleCount { get; }

    Article? FindBySlug(string slug);

    SearchResults Search(SearchRequest request);

    /// <summary>Completions for the search box as the reader types; at most <see cref="Suggestions.Completions.MaxItems"/>.</summary>
    IReadOnlyList<Suggestions.Completion> Complete(string? typed);

    /// <summary>A few articles about the same subject as the one at <paramref name="slug"/> (MoreLikeThis).</summary>
    IReadOnlyList<SearchHit> RelatedTo(string slug, int count);

    /// <summary>The articles just before and just after this one in time.</summary>
    (SearchHit? Previous, SearchHit? Next) Neighbours(Article article);

    /// <summary>Article counts by Vietnam-local day, for the date archive.</summary>
    Browsing.ArchiveCalendar Calendar();

    /// <summary>Every publication in the archive with its article count, most articles first.</summary>
    IReadOnlyList<SourceCount> Sources();

    /// <summary>Every tag in the archive with its article count, in Vietnamese alphabetical order.</summary>
    IReadOnlyList<TagCount> Tags();
}

/// <summary>A publication, the slug that filters by it, and how many articles the archive has from it.</summary>
/// <param name="Site">The publication's home page, from the links of its articles; null when none has a link.</param>
public sealed record SourceCount(string Slug, string Name, int Count, Uri? Site = null);

/// <summary>A tag, the slug of its page, and how many articles carry it.</summary>
/// <param name="Name">The tag as most of its articles write it.</param>
public sealed record TagCount(string Slug, string Name, int Count);
