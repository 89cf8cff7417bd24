using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Caching;

/// <summary>While the archive loads, pages answer 503 every time: the "come back soon" page is never cached.</summary>
public sealed class LoadingCacheTests(LoadingSite fixture) : IClassFixture<LoadingSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/bat-ky")]
    [InlineData("/feed.xml")]
    public async Task A_503_while_loading_is_not_kept(string url)
    {
        await fixture.Client.GetAsync(url);
        var again = await fixture.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
        Assert.Null(again.Headers.Age);
        Assert.Null(again.Headers.ETag);
    }
}

/// <summary>The limit on searches counts cached search pages too: the limiter stands in front of the cache.</summary>
public sealed class RateLimitedCacheTests : IDisposable
{
    private readonly TempFolder _content = new();

    public RateLimitedCacheTests() => CacheFixtures.WriteTo(_content);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_cached_search_page_is_still_refused_past_the_limit_and_the_429_is_not_kept()
    {
        await using var site = new ArchiveSite(_content.Path).With("Archive:SearchRateLimit", "2");
        var client = await site.ReadyClientAsync();
        await client.GetAsync("/search?q=ca+tra");
        var cached = await client.GetAsync("/search?q=ca+tra");

        var refused = await client.GetAsync("/search?q=ca+tra");

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Null(refused.Headers.Age);
    }
}
