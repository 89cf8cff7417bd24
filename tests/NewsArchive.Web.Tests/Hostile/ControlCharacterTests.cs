using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// Old text dumps carry control characters (form feeds, escape codes, bells) and Unicode non-characters: the
/// article is served, and the feed and sitemap, which XML forbids them in, stay well-formed.
/// </summary>
public sealed class ControlCharacterTests(ControlCharacterTests.Articles fixture) : IClassFixture<ControlCharacterTests.Articles>
{
    public sealed class Articles : FolderSite
    {
        protected override ArchiveSite Configure(ArchiveSite site) => site.With("Archive:SearchRateLimit", "0");

        protected override void Write(TempFolder content)
        {
            content.Write("ky-tu-dieu-khien.md",
                "---\ntitle: \"Tin\\a mưa \\e[31mlớn\\x7F ở Cà Mau\"\nslug: tin-mua-lon\ndate: 2024-07-01\nsummary: \"Tóm\\x0Btắt \\uFFFE\"\nauthors: [\"Lê\\x1FVăn\"]\ntags: [\"thời\\x02tiết\"]\n---\nMưa\u0007 lớn\u001B kéo dài\u000C cả ngày\uFFFF ở Cà Mau.\n");
            content.Write("dump.txt", "Bản tin\u000C nông nghiệp\u0085 cũ\n\nNội\u0001 dung\u0008 bản tin\u000B cũ với ký tự lạ \uFFFE.\n\nTheo Báo Cà Mau\n");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/tin-mua-lon")]
    [InlineData("/api/articles/tin-mua-lon")]
    [InlineData("/search?q=m%C6%B0a")]
    [InlineData("/api/search?q=b%E1%BA%A3n+tin")]
    [InlineData("/archive/2024/07/01")]
    public async Task Pages_with_such_an_article_are_served(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    public async Task The_feed_and_sitemap_stay_well_formed_xml(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Both_articles_are_loaded()
    {
        using var json = JsonDocument.Parse(await fixture.Client.GetStringAsync("/health"));

        Assert.Equal(2, json.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("rejectedFiles").GetInt32());
    }
}
