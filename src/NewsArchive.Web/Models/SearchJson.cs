using NewsArchive.Content.Rendering;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

/// <summary>
/// The shape of <c>/api/search</c>, as the contract gives it, and <c>totalIsEstimate</c>: true when a query matches so
/// much of the archive that <c>total</c> is extrapolated from a sample (about that many).
/// </summary>
public sealed record SearchJson(string Query, int Total, bool TotalIsEstimate, int Page, int PageSize, string? Suggestion, IReadOnlyList<SearchHitJson> Items)
{
    public static SearchJson From(string? query, SearchResults results) => new(
        query ?? "",
        results.Hits.TotalCount,
        results.TotalIsEstimate,
        results.Hits.Page,
        results.Hits.PageSize,
        results.Suggestion,
        results.Hits.Items.Select(SearchHitJson.From).ToList());
}

public sealed record SearchHitJson(string Slug, string Url, string Title, DateTimeOffset? Date, SourceJson? Source, string Snippet)
{
    public static SearchHitJson From(SearchHit hit) => new(
        hit.Slug,
        hit.Url,
        hit.Title,
        hit.Date is { } d ? NewsArchive.Content.VietnamTime.ToLocal(d) : null,
        hit.SourceName is null ? null : new SourceJson(hit.SourceName, hit.SourceUrl),
        hit.Snippet ?? HtmlText.Encode(hit.Excerpt));
}
