using System.Net;
using System.Xml.Linq;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>
/// /sitemap.xml when the archive has more URLs than a file may hold (five here, 50,000 in production): an index of
/// files by year, a busy year split, and a file for the site's pages and undated articles.
/// </summary>
public sealed class SitemapIndexTests(SmallSitemapSite fixture) : IClassFixture<SmallSitemapSite>
{
    private static readonly XNamespace Sitemaps = SitemapTests.Sitemaps;
    private const string Base = DiscoverySite.BaseUrl;

    private async Task<IReadOnlyList<string>> GetIndexAsync()
    {
        var response = await fixture.Client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Empty(SitemapSchema.Problems(xml));
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal(Sitemaps + "sitemapindex", root.Name);
        Assert.All(root.Elements(), e => Assert.Equal(Sitemaps + "sitemap", e.Name));
        return root.Elements().Select(e => Assert.Single(e.Elements(Sitemaps + "loc")).Value).ToList();
    }

    [Fact]
    public async Task The_index_points_to_a_file_a_year_a_busy_year_in_parts_and_the_undated_files()
    {
        // 2024 has seven articles, more than five: its oldest five, then the other two. The four site pages and the
        // two undated articles are six, so they take two files too.
        Assert.Equal(
            [$"{Base}/sitemap-2024-1.xml", $"{Base}/sitemap-2024-2.xml", $"{Base}/sitemap-2023.xml", $"{Base}/sitemap-undated-1.xml", $"{Base}/sitemap-undated-2.xml"],
            await GetIndexAsync());
    }

    [Fact]
    public async Task The_files_together_list_every_article_once_and_none_holds_more_than_the_limit()
    {
        var locs = new List<string>();
        foreach (var file in await GetIndexAsync())
        {
            var urls = await SitemapTests.GetUrlsAsync(fixture.Client, file[Base.Length..]);
            Assert.InRange(urls.Count, 1, SmallSitemapSite.UrlsPerFile);
            locs.AddRange(urls.Select(SitemapTests.Loc));
        }

        var articles = await SitemapTests.AllArticlesAsync(fixture.Client);
        Assert.Equal(new[] { $"{Base}/", $"{Base}/archive", $"{Base}/sources", $"{Base}/tags" }.Concat(articles).Order(), locs.Order());
    }

    [Fact]
    public async Task A_years_file_has_only_that_years_articles_with_their_dates()
    {
        var urls = await SitemapTests.GetUrlsAsync(fixture.Client, "/sitemap-2023.xml");

        var url = Assert.Single(urls);
        Assert.Equal($"{Base}/articles/{SearchFixtures.FloodSlug}", SitemapTests.Loc(url));
        Assert.Equal("2023-10-21T00:30:00+07:00", url.Element(Sitemaps + "lastmod")?.Value);
    }

    [Theory]
    [InlineData("/sitemap-2024.xml")] // split into parts
    [InlineData("/sitemap-2022.xml")] // no articles
    [InlineData("/sitemap-2024-3.xml")]
    [InlineData("/sitemap-undated.xml")] // in parts
    [InlineData("/sitemap-abc.xml")]
    public async Task A_file_the_index_does_not_list_is_not_found(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
