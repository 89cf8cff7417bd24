using System.Net;
using NewsArchive.Web.Tests.Support;
using D = NewsArchive.Web.Tests.Support.DateFixtures;

namespace NewsArchive.Web.Tests.Archive;

/// <summary>/tags/{slug}: the articles with a tag, reached from the tags under an article.</summary>
public sealed class TagsTests(DateSite fixture) : IClassFixture<DateSite>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task An_article_s_tags_link_to_their_pages()
    {
        var page = await Client.GetPageAsync("/articles/tin-bau-cu-so-1");

        var links = page.QuerySelectorAll(".tags a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Bầu cử", "/tags/bau-cu"), ("Hà Nội", "/tags/ha-noi")], links);
    }

    [Fact]
    public async Task A_tag_lists_its_articles_newest_first_a_page_at_a_time()
    {
        var first = await Client.GetPageAsync("/tags/bau-cu");
        var second = await Client.GetPageAsync("/tags/bau-cu?page=2");

        Assert.Equal("Chủ đề: Bầu cử", first.QuerySelector("h1")?.TextContent);
        Assert.Equal($"Tin bầu cử số {D.BusyDayCount}", first.QuerySelector(".article-list h2")?.TextContent.Trim());
        Assert.Equal(D.PageSize, first.QuerySelectorAll(".article-list li").Length);
        Assert.Equal(D.BusyDayCount - D.PageSize, second.QuerySelectorAll(".article-list li").Length);
        Assert.Equal(2, (await Client.GetPageAsync("/tags/ha-noi")).QuerySelectorAll(".article-list li").Length);
    }

    [Theory]
    [InlineData("/tags/khong-co")]
    [InlineData("/tags/bau-cu?page=3")]
    public async Task Unknown_tags_and_pages_past_the_end_are_404(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(url)).StatusCode);
    }
}
