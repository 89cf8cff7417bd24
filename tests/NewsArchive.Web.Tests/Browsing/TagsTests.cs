using System.Net;
using NewsArchive.Web.Tests.Support;
using D = NewsArchive.Web.Tests.Support.DateFixtures;

namespace NewsArchive.Web.Tests.Browsing;

/// <summary>/tags: every tag with its count; /tags/{slug}: the articles with a tag, reached from the index and from articles.</summary>
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

    [Fact]
    public async Task The_tag_index_lists_every_tag_alphabetically_with_its_count()
    {
        var page = await Client.GetPageAsync("/tags");

        var items = page.QuerySelectorAll(".tag-list li").Select(li => (string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), li.QuerySelector("a")?.GetAttribute("href"))).ToList();
        Assert.Equal([($"Bầu cử ({D.BusyDayCount} bài)", "/tags/bau-cu"), ("Hà Nội (2 bài)", "/tags/ha-noi")], items);
        Assert.Equal("2 chủ đề.", page.QuerySelector("main .count")?.TextContent);
    }

    [Fact]
    public async Task Every_page_links_to_the_tag_index_and_a_tag_page_leads_back_to_it()
    {
        var home = await Client.GetPageAsync("/");
        var tag = await Client.GetPageAsync("/tags/ha-noi");

        Assert.NotNull(home.QuerySelector(".site-nav a[href='/tags']"));
        Assert.NotNull(tag.QuerySelector(".breadcrumbs a[href='/tags']"));
    }

    [Theory]
    [InlineData("/tags?page=2", HttpStatusCode.NotFound)]
    [InlineData("/tags?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/tags?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/tags/bau-cu?page=-1", HttpStatusCode.BadRequest)]
    public async Task Pages_of_the_tag_index_that_do_not_exist_are_404_and_bad_numbers_400(string url, HttpStatusCode status)
    {
        Assert.Equal(status, (await Client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/tags/khong-co")]
    [InlineData("/tags/bau-cu?page=3")]
    public async Task Unknown_tags_and_pages_past_the_end_are_404(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(url)).StatusCode);
    }
}
