using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>
/// Behind a proxy listed in Archive:KnownProxies the reader's address and scheme come from X-Forwarded-For and
/// X-Forwarded-Proto: the rate limit counts readers, the log names them, links use the scheme they came by. From
/// anyone else those headers are ignored.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private const string Article = "/articles/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang";
    private readonly TempFolder _content = new();
    private readonly TempFolder _data = new();

    public ForwardedHeadersTests() => ArchiveFixtures.WriteTo(_content);

    public void Dispose()
    {
        _content.Dispose();
        _data.Dispose();
    }

    private SiteProcess Start(params string[] proxies)
    {
        var settings = new Dictionary<string, string>
        {
            ["Archive__ContentPath"] = _content.Path,
            ["Archive__IndexPath"] = Path.Combine(_data.Path, "index-" + proxies.Length),
            ["Archive__SearchRateLimit"] = "2",
        };
        for (var i = 0; i < proxies.Length; i++) settings[$"Archive__KnownProxies__{i}"] = proxies[i];
        return SiteProcess.Start(SiteProcess.BuiltApp, settings);
    }

    private static async Task<HttpResponseMessage> AsAsync(HttpClient client, string address, string reader, string scheme = "http")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("X-Forwarded-For", reader);
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_reader_is_counted_logged_and_linked_as_themselves()
    {
        await using var site = Start("127.0.0.0/8");
        var client = await site.ReadyClientAsync(Timeout);

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await AsAsync(client, "/api/search?q=an+giang", "203.0.113.7")).StatusCode);
        var third = await AsAsync(client, "/api/search?q=an+giang", "203.0.113.7");
        var other = await AsAsync(client, "/api/search?q=an+giang", "198.51.100.20");
        var page = await (await AsAsync(client, Article, "198.51.100.20", "https")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains($"<link rel=\"canonical\" href=\"https://127.0.0.1:{site.Address.Port}{Article}\">", page);
        await Eventually.TrueAsync(() => site.Output.Contains("for 203.0.113.7", StringComparison.Ordinal), TimeSpan.FromSeconds(10),
            "a log line naming the reader 203.0.113.7");
    }

    [Fact]
    public async Task Without_known_proxies_forwarded_headers_change_nothing()
    {
        await using var site = Start();
        var client = await site.ReadyClientAsync(Timeout);

        await AsAsync(client, "/api/search?q=an+giang", "203.0.113.7");
        await AsAsync(client, "/api/search?q=an+giang", "203.0.113.8");
        var third = await AsAsync(client, "/api/search?q=an+giang", "203.0.113.9");
        var page = await (await AsAsync(client, Article, "203.0.113.9", "https")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains($"href=\"http://127.0.0.1:{site.Address.Port}{Article}\"", page);
        Assert.DoesNotContain("for 203.0.113", site.Output);
    }

    [Fact]
    public async Task A_known_proxy_that_is_not_a_network_stops_the_start_naming_the_key()
    {
        await using var site = Start("10.0.0.0/99");

        Assert.Equal(1, await site.ExitCodeAsync(Timeout));
        Assert.Contains("Archive:KnownProxies: '10.0.0.0/99'", site.Output);
    }
}
