using NewsArchive.Search.Querying;
using NewsArchive.Search.Browsing;
using NewsArchive.Content.Articles;

namespace NewsArchive.Search;

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
