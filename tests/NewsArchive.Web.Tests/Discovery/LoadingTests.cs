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
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemap-2024.xml")]
    public async Task Feeds_and_sitemaps_answer_503_with_retry_after(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/search?q=ban")]
    [InlineData("/api/articles/bat-ky")]
    public async Task The_api_answers_503_as_problem_json(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("đang được nạp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=ban")]
    [InlineData("/archive/2024")]
    public async Task Pages_answer_503_as_a_page(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
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
