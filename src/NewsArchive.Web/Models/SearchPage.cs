using NewsArchive.Search.Browsing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

/// <summary>The search page: the form as the reader filled it, the sources to filter by, and the results.</summary>
public sealed record SearchPage(SearchParameters Form, IReadOnlyList<SourceCount> Sources, SearchResults Results, SearchSort? ChosenSort = null)
{
    /// <summary>The order the reader chose, as the form's <c>sort</c> value: empty for the default (relevance).</summary>
    public string SortValue => ChosenSort switch
    {
        SearchSort.Newest => "newest",
        SearchSort.Oldest => "oldest",
        _ => "",
    };

    public bool HasCriteria => !Results.Query.IsEmpty || Form.From is not null || Form.To is not null || !string.IsNullOrEmpty(Form.Source);

    /// <summary>
    /// The address search engines may keep: <c>/search?q=…</c>, the words alone. Filters, orders and later pages are
    /// variants of it (robots.txt keeps crawlers out of them, see <c>CrawlersController</c>); null without words.
    /// </summary>
    public string? CanonicalPath => string.IsNullOrWhiteSpace(Form.Q) ? null : "/search?q=" + Uri.EscapeDataString(Form.Q.Trim());

    /// <summary>
    /// Whether search engines may index this page: a first page of results for words alone. Without words, with
    /// nothing found, or as a filtered, sorted or later page it says <c>noindex</c>.
    /// </summary>
    public bool Indexable =>
        CanonicalPath is not null && Results.Hits.TotalCount > 0 &&
        new[] { Form.From, Form.To, Form.Source, Form.Sort, Form.Page, Form.Literal, Form.PageSize }.All(string.IsNullOrEmpty);

    /// <summary>The same search narrowed to one year (the other filters kept, first page).</summary>
    public string LinkForYear(int year) => Link(Form.Q, $"{year:D4}-01-01", $"{year:D4}-12-31", Form.Source, literal: false);

    /// <summary>The same search narrowed to one source.</summary>
    public string LinkForSource(string slug) => Link(Form.Q, Form.From, Form.To, slug, literal: false);

    public string SourceName(string slug) => Sources.FirstOrDefault(s => s.Slug == slug)?.Name ?? slug;

    /// <summary>The same search (filters and order kept, first page) for other words.</summary>
    public string LinkFor(string query, bool literal = false) => Link(query, Form.From, Form.To, Form.Source, literal);

    private string Link(string? query, string? from, string? to, string? source, bool literal)
    {
        var parameters = new List<(string Key, string? Value)>
        {
            ("q", query), ("from", from), ("to", to), ("source", source), ("sort", Form.Sort),
        };
        if (literal) parameters.Add(("literal", "1"));
        return "/search?" + string.Join('&', parameters
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
    }
}
