using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>
/// While the archive loads, pages, the API, the feed and the sitemap say "come back soon" (each in its own
/// format) rather than "there are no articles", and what does not need the articles is served as usual.
/// </summary>
public sealed class LoadingTests(LoadingSite fixture) : IClassFixture<LoadingSite>
{
    [Theory]
    [InlineData("/feed.xml", "text/plain")]
    [InlineData("/sitemap.xml", "text/plain")]
    [InlineData("/sitemap-2024.xml", "text/plain")]
    [InlineData("/api/search?q=ban", "application/problem+json")]
    [InlineData("/api/articles/bat-ky", "application/problem+json")]
    [InlineData("/", "text/html")]
    [InlineData("/search?q=ban", "text/html")]
    [InlineData("/archive/2024", "text/html")]
    public async Task What_needs_the_articles_answers_503_with_retry_after_in_its_own_format(string path, string mediaType)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        if (mediaType != "text/html")
            Assert.Contains("đang được nạp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/robots.txt")]
    [InlineData("/opensearch.xml")]
    [InlineData("/api/suggest/opensearch?q=ban")]
    public async Task Robots_opensearch_and_suggestions_are_served_anyway(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
