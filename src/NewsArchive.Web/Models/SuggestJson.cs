using NewsArchive.Search.Suggestions;

namespace NewsArchive.Web.Models;

/// <summary>The shape of <c>/api/suggest</c>: what to show in the list, and where each choice goes.</summary>
public sealed record SuggestJson(string Query, IReadOnlyList<SuggestItemJson> Items)
{
    public static SuggestJson From(string? query, IReadOnlyList<Completion> completions) => new(
        query is { Length: > Completions.MaxInput } ? query[..Completions.MaxInput] : query ?? "",
        completions.Select(SuggestItemJson.From).ToList());
}

/// <param name="Kind"><c>search</c> for words to search, <c>article</c> for an article to open.</param>
public sealed record SuggestItemJson(string Text, string Url, string Kind)
{
    public static SuggestItemJson From(Completion completion) => completion.Slug is null
        ? new(completion.Text, "/search?q=" + Uri.EscapeDataString(completion.Text), "search")
        : new(completion.Text, "/articles/" + completion.Slug, "article");
}
