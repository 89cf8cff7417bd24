using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsArchive.Web.Tests.Support;
using F = NewsArchive.Web.Tests.Support.SearchFixtures;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>/sitemap.xml of a small archive: one file with the site's pages and every article once.</summary>
public sealed partial class SitemapTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    public static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Base = DiscoverySite.BaseUrl;

    /// <summary>The sitemap's url elements, checked to be in the 0.9 namespace with one absolute loc each.</summary>
    public static async Task<IReadOnlyList<XElement>> GetUrlsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Empty(SitemapSchema.Problems(xml));
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal(Sitemaps + "urlset", root.Name);
        var urls = root.Elements().ToList();
        Assert.All(urls, url =>
        {
            Assert.Equal(Sitemaps + "url", url.Name);
            Assert.StartsWith(Base + "/", Assert.Single(url.Elements(Sitemaps + "loc")).Value);
        });
        return urls;
    }

    public static string Loc(XElement url) => url.Element(Sitemaps + "loc")!.Value;

    /// <summary>Every article's absolute address, as the API lists them.</summary>
    public static async Task<IReadOnlyList<string>> AllArticlesAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?pageSize=100"));
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => Base + i.GetProperty("url").GetString()).ToList();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")]
    private static partial Regex W3CDateInVietnam();

    [Fact]
    public async Task The_sitemap_lists_the_home_archive_sources_and_tags_pages_and_every_article_once()
    {
        var locs = (await GetUrlsAsync(fixture.Client, "/sitemap.xml")).Select(Loc).ToList();

        var articles = await AllArticlesAsync(fixture.Client);
        Assert.Equal(F.ArticleCount, articles.Count);
        Assert.Equal(new[] { $"{Base}/", $"{Base}/archive", $"{Base}/sources", $"{Base}/tags" }.Concat(articles).Order(), locs.Order());
    }

    [Fact]
    public async Task Articles_carry_their_date_in_Vietnam_time_and_undated_ones_no_lastmod()
    {
        var urls = await GetUrlsAsync(fixture.Client, "/sitemap.xml");

        string? LastMod(string slug) => urls.Single(u => Loc(u) == $"{Base}/articles/{slug}").Element(Sitemaps + "lastmod")?.Value;
        Assert.Equal("2024-01-15T08:00:00+07:00", LastMod(F.SteeringSlug));
        Assert.Equal("2023-10-21T00:30:00+07:00", LastMod(F.FloodSlug));
        Assert.Null(LastMod(F.NoteSlug));
        Assert.All(urls.SelectMany(u => u.Elements(Sitemaps + "lastmod")), lastmod => Assert.Matches(W3CDateInVietnam(), lastmod.Value));
        Assert.Equal(F.ArticleCount - 2, urls.Count(u => u.Element(Sitemaps + "lastmod") is not null));
    }

    [Theory]
    [InlineData("/sitemap-2024.xml")]
    [InlineData("/sitemap-undated.xml")]
    public async Task While_everything_fits_in_one_file_there_are_no_sitemap_parts(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
