using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

/// <summary>The search page: the form as the reader filled it, the sources to filter by, and the results.</summary>
public sealed record SearchPage(SearchParameters Form, IReadOnlyList<SourceCount> Sources, SearchResults Results)
{
    public bool HasCriteria => !Results.Query.IsEmpty || Form.From is not null || Form.To is not null || !string.IsNullOrEmpty(Form.Source);

    /// <summary>The same search (filters and order kept, first page) for other words.</summary>
    public string LinkFor(string query, bool literal = false)
    {
        var parameters = new List<(string Key, string? Value)>
        {
            ("q", query), ("from", Form.From), ("to", Form.To), ("source", Form.Source), ("sort", Form.Sort),
        };
        if (literal) parameters.Add(("literal", "1"));
        return "/search?" + string.Join('&', parameters
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
    }
}
