using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>/robots.txt: crawl the articles, not the endless search pages or the API; here is the sitemap.</summary>
public sealed class RobotsTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    [Fact]
    public async Task Robots_allows_the_site_but_not_search_or_the_api_and_gives_the_sitemap()
    {
        var response = await fixture.Client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["User-agent: *", "Allow: /", "Disallow: /api/", "Disallow: /search", $"Sitemap: {DiscoverySite.BaseUrl}/sitemap.xml"],
            lines);
    }
}

/// <summary>Without <c>Archive:BaseUrl</c>, absolute links use the address the request came to.</summary>
public sealed class RequestAddressTests(SearchSite fixture) : IClassFixture<SearchSite>
{
    [Fact]
    public async Task Robots_and_the_feed_use_the_requests_scheme_and_host()
    {
        var robots = await fixture.Client.GetStringAsync("/robots.txt");
        var feed = await fixture.Client.GetStringAsync("/feed.xml");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("<id>http://localhost/feed.xml</id>", feed);
        Assert.Contains($"<id>http://localhost/articles/{SearchFixtures.SteeringSlug}</id>", feed);
    }
}
