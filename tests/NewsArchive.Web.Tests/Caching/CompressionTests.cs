using System.IO.Compression;
using System.Net;
using NewsArchive.Web.Tests.Support;
using C = NewsArchive.Web.Tests.Caching.CacheFixtures;

namespace NewsArchive.Web.Tests.Caching;

/// <summary>Brotli or gzip as the browser asks, the same page either way, cached per encoding.</summary>
public sealed class CompressionTests(CacheSite fixture) : IClassFixture<CacheSite>
{
    private async Task<(HttpResponseMessage Response, string Text)> GetAsync(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await fixture.Client.SendAsync(request);
        var body = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            null => body,
            var other => throw new InvalidOperationException("unexpected encoding " + other),
        };
        using var reader = new StreamReader(decoded);
        return (response, await reader.ReadToEndAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/" + C.RiceSlug)]
    [InlineData("/search?q=sau+rieng")]
    public async Task Brotli_and_gzip_bodies_decode_to_the_same_html_as_the_plain_one(string url)
    {
        // Twice each, so the second of every encoding comes from its own cache entry.
        foreach (var round in new[] { 1, 2 })
        {
            var (plain, plainText) = await GetAsync(url, null);
            var (brotli, brotliText) = await GetAsync(url, "gzip, deflate, br");
            var (gzip, gzipText) = await GetAsync(url, "gzip");

            Assert.Empty(plain.Content.Headers.ContentEncoding);
            Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
            Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
            Assert.All([plain, brotli, gzip], response => Assert.Contains("Accept-Encoding", response.Headers.Vary));
            Assert.Contains("</html>", plainText, StringComparison.Ordinal);
            Assert.Equal(plainText, brotliText);
            Assert.Equal(plainText, gzipText);
            if (round == 2) Assert.All([plain, brotli, gzip], response => Assert.NotNull(response.Headers.Age));
        }
    }

    [Fact]
    public async Task Compressed_pages_are_smaller()
    {
        var plain = await fixture.Client.GetByteArrayAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        var brotli = await (await fixture.Client.SendAsync(request)).Content.ReadAsByteArrayAsync();

        Assert.True(brotli.Length * 2 < plain.Length, $"{brotli.Length} bytes of Brotli for {plain.Length} of HTML");
    }

    [Fact]
    public async Task An_odd_accept_encoding_gets_a_plain_page_from_the_same_entry_as_no_header()
    {
        await GetAsync("/sources", "x-unknown-" + Guid.NewGuid().ToString("N"));
        var (response, text) = await GetAsync("/sources", "identity, x-other");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.NotNull(response.Headers.Age);
        Assert.Contains("</html>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/suggest.js", "text/javascript")]
    [InlineData("/feed.xml", "application/atom+xml")]
    [InlineData("/api/search?q=lua", "application/json")]
    public async Task Stylesheets_scripts_feeds_and_json_are_compressed_too(string url, string type)
    {
        var (response, text) = await GetAsync(url, "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.NotEmpty(text);
    }
}
