using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Search;

/// <summary>Archive:SearchRateLimit caps searches a minute per client; pages stay open, and 0 means no cap.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly TempFolder _content = new();

    public RateLimitTests() => SearchFixtures.WriteTo(_content);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task The_search_after_the_limit_is_refused_with_429_and_when_to_retry()
    {
        await using var site = new ArchiveSite(_content.Path).With("Archive:SearchRateLimit", "3");
        var client = await site.ReadyClientAsync();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=thoi+tiet")).StatusCode);

        var refused = await client.GetAsync("/api/search?q=thoi+tiet");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Contains("thử lại", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_search_page_shares_the_limit_while_other_pages_stay_open()
    {
        await using var site = new ArchiveSite(_content.Path).With("Archive:SearchRateLimit", "3");
        var client = await site.ReadyClientAsync();
        for (var i = 0; i < 3; i++) await client.GetAsync("/api/search?q=thoi+tiet");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/search?q=thoi+tiet")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/" + SearchFixtures.SteeringSlug)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_limit_of_zero_means_no_limit()
    {
        await using var site = new ArchiveSite(_content.Path).With("Archive:SearchRateLimit", "0");
        var client = await site.ReadyClientAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await client.GetAsync($"/api/search?q=thoi+tiet&page={i % 2 + 1}")).StatusCode);
            statuses.Add((await client.GetAsync("/search?q=ban+chi+dao")).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
