using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>A refused API search is problem JSON like every API error, and says truly when the next search is allowed.</summary>
public sealed class ApiRateLimitTests : IDisposable
{
    private readonly TempFolder _content = new();

    public ApiRateLimitTests() => SearchFixtures.WriteTo(_content);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_refused_api_search_is_problem_json_with_the_wait_for_the_next_search()
    {
        // Two a minute: the next search is allowed 30 s after the last was granted, not a whole minute later.
        await using var site = new ArchiveSite(_content.Path).With("Archive:SearchRateLimit", "2");
        var client = await site.ReadyClientAsync();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=lua")).StatusCode);

        var refused = await client.GetAsync("/api/search?q=lua");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("thử lại", problem.RootElement.GetProperty("detail").GetString());
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
    }
}
