using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NewsArchive.Web.Discovery;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>/opensearch.xml and its suggestions: the archive as a search engine in the browser's address bar.</summary>
public sealed class OpenSearchTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
    private const string Base = DiscoverySite.BaseUrl;

    private async Task<XElement> GetDescriptionAsync()
    {
        var response = await fixture.Client.GetAsync("/opensearch.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static string? Template(XElement description, string type) =>
        description.Elements(OpenSearch + "Url").SingleOrDefault(u => (string?)u.Attribute("type") == type)?.Attribute("template")?.Value;

    [Fact]
    public async Task The_description_names_the_archive_in_Vietnamese_and_searches_its_search_page()
    {
        var description = await GetDescriptionAsync();

        Assert.Equal(OpenSearch + "OpenSearchDescription", description.Name);
        Assert.Equal("Kho Tin Miền", description.Element(OpenSearch + "ShortName")?.Value); // "Kho Tin Miền Trung" is 18
        Assert.StartsWith("Tìm bài viết trong", description.Element(OpenSearch + "Description")?.Value);
        Assert.Equal("UTF-8", description.Element(OpenSearch + "InputEncoding")?.Value);
        Assert.Equal("vi", description.Element(OpenSearch + "Language")?.Value);
        Assert.Equal($"{Base}/favicon.svg", description.Element(OpenSearch + "Image")?.Value);
        Assert.Equal($"{Base}/search?q={{searchTerms}}", Template(description, "text/html"));
        Assert.Equal($"{Base}/api/suggest/opensearch?q={{searchTerms}}", Template(description, "application/x-suggestions+json"));
    }

    [Fact]
    public async Task Suggestions_come_in_the_OpenSearch_format_with_the_words_accented()
    {
        var response = await fixture.Client.GetAsync("/api/suggest/opensearch?q=ban+chi+d");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-suggestions+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal("ban chi d", json.RootElement[0].GetString());
        var completions = json.RootElement[1].EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal("Ban Chỉ đạo", completions[0]);
        Assert.Contains(SearchFixtures.SteeringTitle, completions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<script>")]
    public async Task Odd_input_gets_a_well_formed_answer(string typed)
    {
        using var json = JsonDocument.Parse(await fixture.Client.GetStringAsync("/api/suggest/opensearch?q=" + Uri.EscapeDataString(typed)));

        Assert.Equal(typed, json.RootElement[0].GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement[1].ValueKind);
    }

    [Theory]
    [InlineData("Kho Tin Việt", "Kho Tin Việt")]
    [InlineData("Kho lưu trữ tin tức tiếng Việt", "Kho lưu trữ tin")]
    [InlineData("Kho Tin Miền Trung", "Kho Tin Miền")]
    [InlineData("Khotintucvietnamxua", "Khotintucvietnam")]
    public void A_long_site_name_is_cut_to_sixteen_letters_at_a_word_boundary_when_it_can_be(string siteName, string shortName)
    {
        Assert.Equal(shortName, OpenSearchDescription.ShortName(siteName));
    }

    [Fact]
    public async Task Every_page_tells_browsers_where_the_search_engine_and_the_feed_are()
    {
        var page = await fixture.Client.GetPageAsync("/");

        var search = Assert.Single(page.Head!.QuerySelectorAll("link[rel=search]"));
        Assert.Equal("application/opensearchdescription+xml", search.GetAttribute("type"));
        Assert.Equal("/opensearch.xml", search.GetAttribute("href"));
        Assert.Equal(DiscoverySite.SiteName, search.GetAttribute("title"));
        var feed = Assert.Single(page.Head.QuerySelectorAll("link[rel=alternate]"));
        Assert.Equal("application/atom+xml", feed.GetAttribute("type"));
        Assert.Equal("/feed.xml", feed.GetAttribute("href"));
        Assert.StartsWith(DiscoverySite.SiteName, feed.GetAttribute("title"));
    }
}
