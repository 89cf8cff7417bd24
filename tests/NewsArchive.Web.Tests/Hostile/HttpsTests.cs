using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// Served over HTTPS in production, the site tells browsers to keep to HTTPS and sends plain HTTP there; served
/// over plain HTTP (behind a TLS proxy, or in development) it answers as it is.
/// </summary>
public sealed class HttpsTests : IDisposable
{
    private static readonly Uri PublicHttps = new("https://tin.example.vn");
    private static readonly Uri PublicHttp = new("http://tin.example.vn");
    private readonly TempFolder _content = new();

    public HttpsTests() => ArchiveFixtures.WriteTo(_content);

    public void Dispose() => _content.Dispose();

    private static HttpClient Client(ArchiveSite site, Uri address) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = address, AllowAutoRedirect = false });

    [Fact]
    public async Task In_production_an_https_response_carries_hsts_for_a_year()
    {
        await using var site = new ArchiveSite(_content.Path, environment: "Production");

        var response = await Client(site, PublicHttps).GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task In_production_with_an_https_port_plain_http_is_sent_to_https()
    {
        await using var site = new ArchiveSite(_content.Path, environment: "Production").With("https_port", "443");

        var response = await Client(site, PublicHttp).GetAsync("/search?q=lua");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("https://tin.example.vn/search?q=lua", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task In_production_over_plain_http_alone_pages_are_served_without_hsts_or_redirect()
    {
        await using var site = new ArchiveSite(_content.Path, environment: "Production");

        var response = await Client(site, PublicHttp).GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task In_development_https_carries_no_hsts()
    {
        await using var site = new ArchiveSite(_content.Path, environment: "Development").With("https_port", "443");

        var https = await Client(site, PublicHttps).GetAsync("/alive");
        var http = await Client(site, PublicHttp).GetAsync("/alive");

        Assert.False(https.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, http.StatusCode);
    }

    [Theory]
    [InlineData("urls", "https://0.0.0.0:443", true)]
    [InlineData("urls", "http://0.0.0.0:8080;https://0.0.0.0:8443", true)]
    [InlineData("urls", "http://0.0.0.0:8080", false)]
    [InlineData("Kestrel:Endpoints:Secure:Url", "https://*:443", true)]
    [InlineData("Kestrel:Endpoints:Plain:Url", "http://*:80", false)]
    [InlineData("https_ports", "443", true)]
    public void Https_is_served_when_configuration_gives_an_https_address(string key, string value, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Equal(expected, NewsArchive.Web.Http.HttpsConfig.ServesHttps(configuration));
    }
}
