using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>
/// The Host header is the client's to write. Absolute links come from Archive:BaseUrl, or from a host the site may
/// trust (AllowedHosts, loopback); a request for any other host gets no absolute links and nothing cached under it.
/// </summary>
public sealed class HostHeaderTests : IDisposable
{
    private const string Article = "/articles/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang";
    private readonly TempFolder _content = new();

    public HostHeaderTests() => ArchiveFixtures.WriteTo(_content);

    public void Dispose() => _content.Dispose();

    private static async Task<HttpResponseMessage> AskAsync(HttpClient client, string address, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_foreign_host_never_appears_in_a_page_a_feed_or_a_sitemap()
    {
        await using var site = new ArchiveSite(_content.Path, environment: "Production");
        var client = await site.ReadyClientAsync();

        foreach (var address in new[] { "/", Article, "/archive", "/search?q=an+giang" })
        {
            var page = await AskAsync(client, address, "evil.example");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.DoesNotContain("evil.example", html);
            Assert.DoesNotContain("rel=\"canonical\"", html);
        }
        foreach (var address in new[] { "/feed.xml", "/sitemap.xml", "/opensearch.xml" })
        {
            var document = await AskAsync(client, address, "evil.example");
            Assert.Equal(HttpStatusCode.MisdirectedRequest, document.StatusCode);
            Assert.Contains("Archive:BaseUrl", await document.Content.ReadAsStringAsync());
        }
        var robots = await (await AskAsync(client, "/robots.txt", "evil.example")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sitemap:", robots);

        // Asked for by its own name, the site links to itself, and nothing of the foreign host was kept.
        var own = await (await AskAsync(client, Article, "localhost")).Content.ReadAsStringAsync();
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost{Article}\">", own);
        Assert.Contains("http://localhost/sitemap.xml", await (await AskAsync(client, "/robots.txt", "localhost")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_for_a_foreign_host_are_not_kept_in_the_cache()
    {
        await using var site = new ArchiveSite(_content.Path, environment: "Production");
        var client = await site.ReadyClientAsync();

        await AskAsync(client, "/sources", "localhost");
        var own = await AskAsync(client, "/sources", "localhost");
        await AskAsync(client, "/sources", "evil.example");
        var foreign = await AskAsync(client, "/sources", "evil.example");

        Assert.True(own.Headers.Age.HasValue, "the site's own page should come from the cache the second time");
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.False(foreign.Headers.Age.HasValue, "a page made for a foreign host was served from the cache");
    }

    [Fact]
    public async Task With_a_base_url_every_absolute_link_comes_from_it_whatever_the_host()
    {
        await using var site = new ArchiveSite(_content.Path, environment: "Production").With("Archive:BaseUrl", "https://kho.example.vn/");
        var client = await site.ReadyClientAsync();

        var html = await (await AskAsync(client, Article, "evil.example")).Content.ReadAsStringAsync();
        var feed = await (await AskAsync(client, "/feed.xml", "evil.example")).Content.ReadAsStringAsync();

        Assert.Contains($"<link rel=\"canonical\" href=\"https://kho.example.vn{Article}\">", html);
        Assert.DoesNotContain("evil.example", html);
        Assert.Contains("https://kho.example.vn/articles/", feed);
        Assert.DoesNotContain("evil.example", feed);
    }

    [Fact]
    public async Task A_host_listed_in_allowed_hosts_is_trusted_and_others_are_refused()
    {
        await using var site = new ArchiveSite(_content.Path, environment: "Production").With("AllowedHosts", "kho.example.vn;localhost");
        var client = await site.ReadyClientAsync();

        var own = await AskAsync(client, Article, "kho.example.vn");
        var foreign = await AskAsync(client, Article, "evil.example");

        Assert.Contains($"href=\"http://kho.example.vn{Article}\"", await own.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }
}
