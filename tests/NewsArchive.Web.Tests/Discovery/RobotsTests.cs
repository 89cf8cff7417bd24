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
            ["User-agent: *", "Allow: /", "Disallow: /api/", "Disallow: /search", "Allow: /search?q=", "Disallow: /search?q=*&",
                $"Sitemap: {DiscoverySite.BaseUrl}/sitemap.xml"],
            lines);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/articles/ban-tin-so-1", true)]
    [InlineData("/archive/2023/02", true)]
    [InlineData("/search?q=ban%20chi%20dao", true)]
    [InlineData("/search", false)]
    [InlineData("/search?q=ban&page=2", false)]
    [InlineData("/search?q=ban&sort=newest&from=2023-01-01", false)]
    [InlineData("/search?page=2&q=ban", false)]
    [InlineData("/search?source=bao-mau", false)]
    [InlineData("/api/search?q=ban", false)]
    public async Task Crawlers_reading_the_rules_as_RFC_9309_says_may_fetch_only_words_alone_among_searches(string path, bool allowed)
    {
        var rules = (await fixture.Client.GetStringAsync("/robots.txt")).Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0] is "Allow" or "Disallow")
            .Select(parts => (Allow: parts[0] == "Allow", Pattern: parts[1].Trim()));

        Assert.Equal(allowed, IsAllowed(rules, path));
    }

    /// <summary>RFC 9309: the longest matching rule wins, Allow on a tie; '*' matches any run, '$' ends the path.</summary>
    private static bool IsAllowed(IEnumerable<(bool Allow, string Pattern)> rules, string path)
    {
        var matching = rules
            .Where(rule => System.Text.RegularExpressions.Regex.IsMatch(path,
                "^" + System.Text.RegularExpressions.Regex.Escape(rule.Pattern).Replace(@"\*", ".*").Replace(@"\$", "$")))
            .OrderByDescending(rule => rule.Pattern.Length).ThenByDescending(rule => rule.Allow)
            .ToList();
        return matching.Count == 0 || matching[0].Allow;
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
