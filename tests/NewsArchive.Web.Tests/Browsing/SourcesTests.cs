using System.Net;
using NewsArchive.Web.Tests.Support;
using F = NewsArchive.Web.Tests.Support.SearchFixtures;

namespace NewsArchive.Web.Tests.Browsing;

/// <summary>/sources: every publication with its count and site, and each one's articles.</summary>
public sealed class SourcesTests(SearchSite fixture) : IClassFixture<SearchSite>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Sources_are_listed_busiest_first_with_counts_and_their_sites()
    {
        var page = await Client.GetPageAsync("/sources");

        var items = page.QuerySelectorAll(".source-list li").ToList();
        Assert.Equal(["Đài Khí tượng Nam Bộ", "Báo Thanh Niên Miền Trung", "Báo Tuổi Trẻ"], items.Select(li => li.QuerySelector("a")!.TextContent));
        Assert.Contains($"({F.BulletinCount} bài)", items[0].TextContent);
        Assert.Equal("/sources/dai-khi-tuong-nam-bo", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://tinmientrung.example.vn/", items[2].QuerySelector(".source-site")?.GetAttribute("href"));
        Assert.Null(items[1].QuerySelector(".source-site"));
    }

    [Fact]
    public async Task A_source_lists_its_articles_newest_first_a_page_at_a_time()
    {
        var first = await Client.GetPageAsync("/sources/dai-khi-tuong-nam-bo");
        var second = await Client.GetPageAsync("/sources/dai-khi-tuong-nam-bo?page=2");

        Assert.Equal("Đài Khí tượng Nam Bộ", first.QuerySelector("h1")?.TextContent);
        Assert.Equal($"Bản tin thời tiết biển số {F.BulletinCount}", first.QuerySelector(".article-list h2")?.TextContent.Trim());
        Assert.Equal(F.PageSize, first.QuerySelectorAll(".article-list li").Length);
        Assert.Equal(F.BulletinCount - F.PageSize, second.QuerySelectorAll(".article-list li").Length);
    }

    [Theory]
    [InlineData("/sources/khong-co-bao-nay")]
    [InlineData("/sources/dai-khi-tuong-nam-bo?page=9")]
    public async Task Unknown_sources_and_pages_past_the_end_are_404(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Every_page_links_to_the_sources()
    {
        var page = await Client.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector(".site-nav a[href='/sources']"));
    }
}
