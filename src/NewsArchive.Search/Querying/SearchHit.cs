namespace NewsArchive.Search.Querying;

/// <summary>One article in a list of results: what a reader needs to choose it.</summary>
/// <param name="TitleHtml">The title, escaped, with searched words marked.</param>
/// <param name="Snippet">The passage with the searched words, escaped and marked; null when browsing without words.</param>
public sealed record SearchHit(
    string Slug,
    string Title,
    string TitleHtml,
    DateTimeOffset? Date,
    string? SourceName,
    string? SourceUrl,
    string Excerpt,
    string? Snippet)
{
    public string Url => "/articles/" + Slug;
}
