using System.Text.Json;
using AngleSharp.Html.Dom;

namespace NewsArchive.Content.Files;

/// <summary>The article as the page describes it for search engines (<c>application/ld+json</c>), where it does.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, IReadOnlyList<string> Authors, string? Publisher)
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 };

    public static JsonLdArticle Read(IHtmlDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Lenient);
                if (Find(json.RootElement) is { } article) return From(article);
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often broken; the page's other metadata still counts.
            }
        }
        return new JsonLdArticle(null, null, [], null);
    }

    /// <summary>The first object, at any depth (arrays, <c>@graph</c>), that has a publication date or headline.</summary>
    private static JsonElement? Find(JsonElement element, int depth = 0)
    {
        if (depth > 8) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (Find(item, depth + 1) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.TryGetProperty("datePublished", out _) || element.TryGetProperty("headline", out _)) return element;
        return element.TryGetProperty("@graph", out var graph) ? Find(graph, depth + 1) : null;
    }

    private static JsonLdArticle From(JsonElement article) => new(
        Text(article, "headline"),
        Text(article, "datePublished"),
        article.TryGetProperty("author", out var author) ? Names(author).Distinct().ToList() : [],
        article.TryGetProperty("publisher", out var publisher) ? Names(publisher).FirstOrDefault() : null);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? HtmlMetadata.Squeeze(text)
            : null;

    /// <summary>A name, an object with a name, or a list of either.</summary>
    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String when element.GetString() is { } name && !string.IsNullOrWhiteSpace(name) => [HtmlMetadata.Squeeze(name)],
        JsonValueKind.Object when Text(element, "name") is { } name => [name],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };
}
