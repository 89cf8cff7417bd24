using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsArchive.Web.Tests.Support;

/// <summary>Reads pages the way a reader clicks through them: a list to its last page, and the counts shown beside links.</summary>
public static partial class ListReader
{
    /// <summary>The titles of a list of articles, from its first page through every "next page" link.</summary>
    public static async Task<List<string>> ReadListAsync(this HttpClient client, string url)
    {
        var titles = new List<string>();
        for (var (next, pages) = ((string?)url, 0); next is not null; pages++)
        {
            Assert.True(pages < 1000, $"{url} does not end");
            var page = await client.GetPageAsync(next);
            titles.AddRange(page.QuerySelectorAll(".article-list h2").Select(h => h.TextContent.Trim()));
            next = page.QuerySelector("nav[aria-label='Phân trang'] a[rel=next]")?.GetAttribute("href");
        }
        return titles;
    }

    /// <summary>Each link of a list with the count beside it: <c>&lt;a&gt;Năm 2024&lt;/a&gt; (253 bài)</c>.</summary>
    public static List<(string Text, string Href, int Count)> CountedLinks(IDocument page, string itemSelector) =>
        page.QuerySelectorAll(itemSelector)
            .Where(li => li.QuerySelector("a") is not null && Count().IsMatch(li.TextContent))
            .Select(li => (li.QuerySelector("a")!.TextContent.Trim(), li.QuerySelector("a")!.GetAttribute("href")!, Number(Count().Match(li.TextContent).Groups[1].Value)))
            .ToList();

    /// <summary>A number as the site writes it in Vietnamese (<c>1.234</c>).</summary>
    public static int Number(string text) => int.Parse(text.Replace(".", ""), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\(([\d.]+)(?: bài)?\)")]
    private static partial Regex Count();
}
