using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Layout;

/// <summary>A printed article is the article and where it comes from, with the original's address written out.</summary>
public sealed class PrintTests(ArchiveInBrowser archive, ITestOutputHelper output) : ReaderTest(archive)
{
    [ChromiumFact]
    public async Task Should_print_the_article_with_its_source_address_and_without_the_site_s_navigation()
    {
        await Page.GotoAsync(PageTypes.Article);
        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(Page.Locator("main h1")).ToBeVisibleAsync();
        await Expect(Page.Locator(".article-body")).ToBeVisibleAsync();
        await Expect(Page.Locator(".attribution")).ToBeVisibleAsync();
        foreach (var hidden in new[] { ".site-header", "#site-q", ".site-nav", ".site-footer", ".read-on" })
            await Expect(Page.Locator(hidden)).ToBeHiddenAsync();

        var original = Page.Locator("a.original-link");
        var href = (await original.GetAttributeAsync("href"))!;
        var printedAfter = await original.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Equal($"\" ({href})\"", printedAfter);

        var pdf = Artifacts.PathFor("print", "article.pdf");
        await Page.PdfAsync(new() { Path = pdf, Format = "A4" });
        output.WriteLine($"printed article: {pdf}");
    }

    [ChromiumFact]
    public async Task Should_show_the_site_s_header_on_screen()
    {
        await Page.GotoAsync(PageTypes.Article);

        await Expect(Page.Locator(".site-header")).ToBeVisibleAsync();
        Assert.Equal("none", await Page.Locator("a.original-link").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content"));
    }
}
