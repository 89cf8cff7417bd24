using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NewsArchive.Web.Tests.Support;
using F = NewsArchive.Web.Tests.Support.SearchFixtures;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>/feed.xml: the newest articles as Atom, with absolute links and the original publication credited.</summary>
public sealed class FeedTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    private static readonly XNamespace Atom = AtomStructure.Atom;
    private const string Base = DiscoverySite.BaseUrl;

    private async Task<XElement> GetFeedAsync()
    {
        var response = await fixture.Client.GetAsync("/feed.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static XElement Entry(XElement feed, string slug) =>
        feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")?.Value == $"{Base}/articles/{slug}");

    private static string? Link(XElement element, string rel) =>
        element.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    [Fact]
    public async Task The_feed_is_valid_Atom()
    {
        var document = XDocument.Parse(await fixture.Client.GetStringAsync("/feed.xml"));

        Assert.Empty(AtomStructure.Problems(document));
    }

    [Fact]
    public async Task The_feed_names_the_site_and_points_to_itself_and_the_home_page_at_the_public_address()
    {
        var feed = await GetFeedAsync();

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal($"{Base}/feed.xml", feed.Element(Atom + "id")?.Value);
        Assert.Equal(DiscoverySite.SiteName, feed.Element(Atom + "title")?.Value);
        Assert.Equal($"{Base}/feed.xml", Link(feed, "self"));
        Assert.Equal($"{Base}/", Link(feed, "alternate"));
        // The newest article: the sixth weather bulletin, 6 February 2024 (a date without a time).
        Assert.Equal("2024-02-06T00:00:00+07:00", feed.Element(Atom + "updated")?.Value);
    }

    [Fact]
    public async Task Every_dated_article_is_an_entry_newest_first_and_undated_ones_are_left_out()
    {
        var feed = await GetFeedAsync();

        var ids = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(F.ArticleCount - 2, ids.Count);
        Assert.Equal($"{Base}/articles/ban-tin-thoi-tiet-bien-so-6", ids[0]);
        Assert.Equal($"{Base}/articles/{F.SteeringSlug}", ids[^2]);
        Assert.Equal($"{Base}/articles/{F.FloodSlug}", ids[^1]);
        Assert.DoesNotContain($"{Base}/articles/{F.NoteSlug}", ids);
        Assert.DoesNotContain($"{Base}/articles/{F.TagsSlug}", ids);
    }

    [Fact]
    public async Task An_entry_has_its_title_date_in_Vietnam_time_excerpt_authors_and_a_link_to_its_page()
    {
        var entry = Entry(await GetFeedAsync(), F.SteeringSlug);

        Assert.Equal(F.SteeringTitle, entry.Element(Atom + "title")?.Value);
        Assert.Equal("2024-01-15T08:00:00+07:00", entry.Element(Atom + "updated")?.Value);
        Assert.Equal("2024-01-15T08:00:00+07:00", entry.Element(Atom + "published")?.Value);
        Assert.Equal($"{Base}/articles/{F.SteeringSlug}", Link(entry, "alternate"));
        Assert.StartsWith("Sáng 15/1, Ban Chỉ đạo phòng chống thiên tai", entry.Element(Atom + "summary")?.Value);
        Assert.Equal(["Thu Hà"], entry.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
    }

    [Fact]
    public async Task An_entry_credits_its_source_in_words_and_links_to_the_original()
    {
        var entry = Entry(await GetFeedAsync(), F.SteeringSlug);

        Assert.Equal(F.SteeringSourceUrl, Link(entry, "related"));
        Assert.EndsWith($"Nguồn: Báo Tuổi Trẻ, bản gốc: {F.SteeringSourceUrl}", entry.Element(Atom + "summary")?.Value);
    }

    [Fact]
    public async Task A_date_written_in_UTC_is_given_in_Vietnam_time_and_an_unsigned_article_is_the_publications()
    {
        var entry = Entry(await GetFeedAsync(), F.FloodSlug);

        Assert.Equal("2023-10-21T00:30:00+07:00", entry.Element(Atom + "updated")?.Value);
        Assert.Null(Link(entry, "related"));
        Assert.EndsWith("Nguồn: Báo Thanh Niên Miền Trung", entry.Element(Atom + "summary")?.Value);
        Assert.Equal("Báo Thanh Niên Miền Trung", entry.Element(Atom + "author")?.Element(Atom + "name")?.Value);
    }

    [Fact]
    public async Task The_feed_lists_the_same_newest_articles_as_the_API()
    {
        using var json = JsonDocument.Parse(await fixture.Client.GetStringAsync("/api/search?sort=newest&pageSize=100"));
        var dated = json.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("date").ValueKind != JsonValueKind.Null)
            .Select(i => Base + i.GetProperty("url").GetString());

        var feed = await GetFeedAsync();

        Assert.Equal(dated, feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
    }
}
