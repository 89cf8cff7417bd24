using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Search;

/// <summary>Words searched without diacritics are marked in the results and, after following a result, in the article.</summary>
public sealed class HighlightTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    [ChromiumFact]
    public async Task Should_mark_hoa_binh_in_results_and_in_the_article_opened_from_them()
    {
        await Page.GotoAsync($"/articles/{FixtureArticles.FullArticleSlug}");
        await Page.Locator("#site-q").FocusAsync();
        await Page.Keyboard.TypeAsync("hoa binh");
        await Page.Keyboard.PressAsync("Enter");
        await ArrivedAtAsync(url => new Uri(url).PathAndQuery == "/search?q=hoa+binh");

        var first = Page.Locator("main ol.article-list > li").First;
        await AssertMarksAreHoaBinhAsync(first.Locator("mark"));
        var link = first.Locator("h2 a");
        var href = await link.GetAttributeAsync("href");
        Assert.Contains("?hl=hoa%20binh", href, StringComparison.Ordinal);

        await link.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await ArrivedAtAsync(url => url.EndsWith(href!, StringComparison.Ordinal));
        await AssertMarksAreHoaBinhAsync(Page.Locator(".article-body mark"));
    }

    /// <summary>Something is marked, and only the searched words, found under their accented spelling.</summary>
    private static async Task AssertMarksAreHoaBinhAsync(ILocator marks)
    {
        await Expect(marks.First).ToBeVisibleAsync();
        foreach (var text in await marks.AllTextContentsAsync())
            Assert.Contains(text.ToLowerInvariant(), new[] { "hòa bình", "hòa", "bình" });
    }
}
