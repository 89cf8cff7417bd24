using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using Xunit.Abstractions;

namespace NewsArchive.Browser.Tests.Quality;

/// <summary>Light pages for phones on slow networks: a small article page, small cacheable assets, nothing from elsewhere.</summary>
public sealed class PageWeightTests(ArchiveInBrowser archive, ITestOutputHelper output) : ReaderTest(archive)
{
    /// <summary>The issue's budget for an article page with everything it loads, as sent over the network.</summary>
    private const int ArticleBudget = 50 * 1024;

    /// <summary>Stylesheet and script each, before compression: one small file, not a framework.</summary>
    private const int AssetBudget = 16 * 1024;

    [ChromiumFact]
    public async Task Should_load_an_article_page_in_under_50_KB_transferred()
    {
        await Page.GotoAsync(PageTypes.Article, new() { WaitUntil = WaitUntilState.NetworkIdle });

        var transfers = new List<(string Url, long Bytes)>();
        foreach (var request in Requests)
        {
            var sizes = await request.SizesAsync(); // body as encoded on the wire, plus headers
            transfers.Add((request.Url[Archive.Origin.Length..], sizes.ResponseBodySize + sizes.ResponseHeadersSize));
        }

        var total = transfers.Sum(t => t.Bytes);
        output.WriteLine($"article page: {total:N0} bytes transferred in {transfers.Count} requests");
        foreach (var (url, bytes) in transfers) output.WriteLine($"  {bytes,7:N0}  {url}");
        Assert.Contains(transfers, t => t.Url.StartsWith("/css/site.css", StringComparison.Ordinal));
        Assert.True(total < ArticleBudget, $"the article page took {total:N0} bytes, over the {ArticleBudget:N0} budget:\n{string.Join("\n", transfers)}");
    }

    [ChromiumFact]
    public async Task Should_serve_small_stylesheet_and_script_cached_for_a_year()
    {
        await Page.GotoAsync(PageTypes.Home, new() { WaitUntil = WaitUntilState.NetworkIdle });

        foreach (var asset in new[] { "/css/site.css", "/js/suggest.js" })
        {
            var request = Assert.Single(Requests, r => new Uri(r.Url).AbsolutePath == asset);
            Assert.Contains("?v=", request.Url, StringComparison.Ordinal); // a new version is a new address
            var response = (await request.ResponseAsync())!;
            Assert.Contains("max-age=31536000", await response.HeaderValueAsync("cache-control"), StringComparison.Ordinal);
            var size = (await response.BodyAsync()).Length;
            output.WriteLine($"{asset}: {size:N0} bytes before compression");
            Assert.True(size < AssetBudget, $"{asset} is {size:N0} bytes");
        }
    }

    [ChromiumTheory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Should_make_no_request_outside_the_site(string page)
    {
        await Page.GotoAsync(PageTypes.All[page], new() { WaitUntil = WaitUntilState.NetworkIdle });

        AssertEveryRequestStayedOnTheSite(page);
    }

    [ChromiumFact]
    public async Task Should_ask_only_the_site_for_suggestions()
    {
        await Page.GotoAsync(PageTypes.Home, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var box = Page.Locator("#site-q");
        await box.FocusAsync();
        await Page.Keyboard.TypeAsync("ban chi d");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");

        Assert.Contains(RequestedUrls, url => url.Contains("/api/suggest?q=", StringComparison.Ordinal));
        AssertEveryRequestStayedOnTheSite("suggestions");
    }

    private void AssertEveryRequestStayedOnTheSite(string page)
    {
        Assert.NotEmpty(Requests);
        var elsewhere = RequestedUrls.Where(url => !url.StartsWith(Archive.Origin + "/", StringComparison.Ordinal)).ToList();
        Assert.True(elsewhere.Count == 0, $"{page} asked other sites for:\n{string.Join("\n", elsewhere)}");
    }
}
