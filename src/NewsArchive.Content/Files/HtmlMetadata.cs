using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsArchive.Content.Files;

/// <summary>
/// What a news page says about itself in its head and markup: headline, publication time, authors, the
/// publication's name, the original address and the lead. Read before extraction, which strips the head.
/// </summary>
internal sealed record HtmlMetadata(
    string? Title,
    string? Published,
    IReadOnlyList<string> Authors,
    string? SiteName,
    string? Address,
    string? Description,
    string? Lead)
{
    public static HtmlMetadata Read(IHtmlDocument page)
    {
        var jsonLd = JsonLdArticle.Read(page);
        var siteName = Meta(page, "og:site_name") ?? jsonLd.Publisher;
        return new HtmlMetadata(
            Title: WithoutSiteName(Meta(page, "og:title") ?? jsonLd.Headline ?? Heading(page), siteName),
            Published: Meta(page, "article:published_time") ?? jsonLd.DatePublished ?? Meta(page, "datePublished")
                ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Authors: AuthorsOf(page, jsonLd),
            SiteName: siteName,
            Address: Link(page, "canonical") ?? Meta(page, "og:url"),
            Description: Meta(page, "og:description") ?? Meta(page, "description"),
            Lead: LeadOf(page));
    }

    /// <summary>The sapo as papers mark it up: a bold opening paragraph with a class saying so.</summary>
    private static string? LeadOf(IParentNode page) =>
        page.QuerySelectorAll("[class*=sapo], [class*=lead], [class*=summary], [class*=description]")
            .Where(e => e.LocalName is "p" or "h2" or "div" or "strong")
            .Select(e => Squeeze(e.TextContent))
            .FirstOrDefault(t => t.Length is > 20 and <= 2000);

    private static string? Heading(IParentNode page) =>
        page.QuerySelectorAll("h1")
            // Many papers set their masthead in an h1 inside the page header; that is the paper's name, not the headline.
            .Where(h => h.Closest("header, nav, [class*=logo], [id*=logo]") is null && h.QuerySelector("[class*=logo]") is null)
            .Select(h => Squeeze(h.TextContent))
            .FirstOrDefault(t => t.Length > 0);

    /// <summary>"Bão số 3 đổ bộ - VnExpress": the headline without the paper's name that many pages add to it.</summary>
    private static string? WithoutSiteName(string? title, string? siteName)
    {
        if (title is null || siteName is null) return title;
        foreach (var separator in new[] { " - ", " | ", " – ", " — " })
        {
            if (title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase))
                return title[..^(separator.Length + siteName.Length)].Trim();
        }
        return title;
    }

    internal static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static readonly string[] MetaNames = ["property", "name", "itemprop"];

    /// <summary>The content of <c>&lt;meta property|name|itemprop="…"&gt;</c>, first one that says something.</summary>
    private static string? Meta(IParentNode page, string name) =>
        page.QuerySelectorAll("meta")
            .Where(m => MetaNames.Any(a => string.Equals(m.GetAttribute(a), name, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.GetAttribute("content")?.Trim())
            .FirstOrDefault(c => !string.IsNullOrEmpty(c));

    private static string? Link(IParentNode page, string rel) =>
        page.QuerySelectorAll("link[href]")
            .Where(l => (l.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(rel, StringComparer.OrdinalIgnoreCase))
            .Select(l => l.GetAttribute("href")?.Trim())
            .FirstOrDefault(h => !string.IsNullOrEmpty(h));

    private static List<string> AuthorsOf(IHtmlDocument page, JsonLdArticle jsonLd)
    {
        // Papers often name themselves as the author in JSON-LD; a publication is not a byline.
        var people = jsonLd.Authors.Where(a => !string.Equals(a, jsonLd.Publisher, StringComparison.OrdinalIgnoreCase)
                                               && !string.Equals(a, Meta(page, "og:site_name"), StringComparison.OrdinalIgnoreCase)).ToList();
        if (people.Count > 0) return people;
        var named = page.QuerySelectorAll("meta[name=author], meta[property='article:author']")
            .Select(m => m.GetAttribute("content")?.Trim() ?? "")
            // Some papers put their own name or a profile link in article:author; neither is a person's name.
            .Where(a => a.Length > 0 && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var site = Meta(page, "og:site_name");
        return named.Where(a => !string.Equals(a, site, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
    }
}
