using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Content;
using NewsArchive.Content.Articles;

namespace NewsArchive.Web.Models;

/// <summary>
/// What a page says about itself in its head: title, description, canonical address, OpenGraph and Twitter card,
/// and for an article its NewsArticle JSON-LD. The layout renders it; views fill it (or just Title and Description).
/// </summary>
public sealed record PageHead(string? Title, string? Description)
{
    /// <summary>OpenGraph type: <c>website</c>, or <c>article</c> for an article page.</summary>
    public string Type { get; init; } = "website";

    /// <summary>The page's own address without tracking or highlight parameters; null: the request path.</summary>
    public string? CanonicalPath { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>Structured data for search engines, already serialised (escaped for a script element).</summary>
    public string? JsonLd { get; init; }

    public bool NoIndex { get; init; }

    // The default encoder escapes < > & and quotes, so nothing in an article can close the script element.
    private static readonly JsonSerializerOptions LdJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The head of an article page: NewsArticle JSON-LD that credits the original publisher.</summary>
    public static PageHead ForArticle(Article article, string description, string? canonicalUrl, bool noIndex)
    {
        var published = article.Date is { } date ? VietnamTime.ToLocal(date) : (DateTimeOffset?)null;
        var ld = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = description,
            ["inLanguage"] = "vi",
            ["url"] = canonicalUrl,
            ["mainEntityOfPage"] = canonicalUrl,
            ["datePublished"] = published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["author"] = article.Authors.Count == 0 ? null : article.Authors.Select(name => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = name }).ToList(),
            ["keywords"] = article.Tags.Count == 0 ? null : string.Join(", ", article.Tags),
            ["isBasedOn"] = article.Source is not { } source ? null : new Dictionary<string, object?>
            {
                ["@type"] = "NewsArticle",
                ["url"] = source.Url?.AbsoluteUri,
                ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = source.Name },
            },
        };
        return new PageHead(article.Title, description)
        {
            Type = "article",
            Published = published,
            JsonLd = JsonSerializer.Serialize(ld.Where(entry => entry.Value is not null).ToDictionary(), LdJson),
            NoIndex = noIndex,
        };
    }
}
