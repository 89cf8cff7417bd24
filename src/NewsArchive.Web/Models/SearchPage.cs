using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

/// <summary>The search page: the form as the reader filled it, the sources to filter by, and the results.</summary>
public sealed record SearchPage(SearchParameters Form, IReadOnlyList<SourceCount> Sources, SearchResults Results)
{
    public bool HasCriteria => !Results.Query.IsEmpty || Form.From is not null || Form.To is not null || !string.IsNullOrEmpty(Form.Source);
}
