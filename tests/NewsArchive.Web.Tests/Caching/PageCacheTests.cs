using System.Net;
using NewsArchive.Web.Tests.Support;
using C = NewsArchive.Web.Tests.Caching.CacheFixtures;

namespace NewsArchive.Web.Tests.Caching;

/// <summary>
/// Pages come from the output cache after the first request (the cache marks its answers with an <c>Age</c>
/// header); the key holds only the parameters a page reads, and only complete pages are kept.
/// </summary>
public sealed class PageCacheTests(CacheSite fixture) : IClassFixture<CacheSite>
{
    private HttpClient Client => fixture.Client;

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Theory]
    [InlineData("/archive/2024")]
    [InlineData("/articles/" + C.RiceSlug)]
    [InlineData("/search?q=ca+tra")]
    [InlineData("/feed.xml")]
    public async Task A_page_asked_for_again_comes_from_the_cache_unchanged(string url)
    {
        var first = await Client.GetAsync(url);
        var again = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(FromCache(again), $"{url} was rendered again");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_parameters_share_the_entry_of_the_page_and_never_show_in_it()
    {
        await Client.GetAsync("/?utm_source=zalo");
        var other = await Client.GetAsync("/?utm_source=" + Guid.NewGuid().ToString("N"));

        Assert.True(FromCache(other), "an unknown parameter made a new cache entry");
        var page = await Html.ParseAsync(other);
        var next = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/?page=2", next);
        Assert.DoesNotContain("utm_source", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_parameter_is_its_own_entry()
    {
        var first = await Client.GetPageAsync("/");
        var second = await Client.GetPageAsync("/?page=2");

        var titlesOf = (AngleSharp.Dom.IDocument page) => page.QuerySelectorAll(".article-list h2 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(C.FruitTitle, titlesOf(first));
        Assert.Equal([C.FishTitle], titlesOf(second));
    }

    [Fact]
    public async Task The_same_parameter_repeated_in_another_order_is_another_page()
    {
        var titlesOf = (AngleSharp.Dom.IDocument page) => page.QuerySelectorAll(".article-list h2").Select(h => h.TextContent.Trim()).ToList();

        var rice = titlesOf(await Client.GetPageAsync("/search?q=lua&q=ca+tra"));
        var fish = titlesOf(await Client.GetPageAsync("/search?q=ca+tra&q=lua"));

        Assert.Equal([C.RiceTitle], rice);
        Assert.Equal([C.FishTitle], fish);
    }

    [Theory]
    [InlineData("/articles/khong-co-bai-nay", HttpStatusCode.NotFound)]
    [InlineData("/?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/articles/GIA-LUA-HE-THU-TANG-NHE-O-CAN-THO", HttpStatusCode.MovedPermanently)]
    public async Task Errors_and_redirects_are_not_kept(string url, HttpStatusCode status)
    {
        await Client.GetAsync(url);
        var again = await Client.GetAsync(url);

        Assert.Equal(status, again.StatusCode);
        Assert.False(FromCache(again));
    }

    [Fact]
    public async Task Pages_carry_a_weak_etag_and_ask_browsers_to_revalidate()
    {
        var response = await Client.GetAsync("/sources");

        Assert.True(response.Headers.ETag?.IsWeak);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task A_browser_holding_the_current_etag_gets_304_without_a_body()
    {
        var etag = (await Client.GetAsync("/articles/" + C.RiceSlug)).Headers.ETag!;

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/articles/" + C.RiceSlug);
        revalidate.Headers.IfNoneMatch.Add(etag);
        var response = await Client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_etag_of_another_process_or_version_gets_the_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sources");
        request.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0badc0de-0\"", isWeak: true));

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Static_assets_linked_with_a_version_stay_cacheable_for_a_year()
    {
        var home = await Client.GetPageAsync("/");
        var css = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await Client.GetAsync(css);

        Assert.Contains("?v=", css, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.False(response.Headers.CacheControl?.NoCache);
    }
}
