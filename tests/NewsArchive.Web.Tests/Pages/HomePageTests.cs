using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Pages;

public sealed class HomePageTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Home_lists_twenty_articles_newest_first()
    {
        var page = await Client.GetPageAsync("/");

        var titles = page.QuerySelectorAll(".article-list h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(20, titles.Count);
        Assert.Equal("Bản tin nông nghiệp số 24", titles[0]);
        Assert.Equal("Bản tin nông nghiệp số 5", titles[19]);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_last_page_has_the_rest_with_undated_articles_after_dated_ones()
    {
        var page = await Client.GetPageAsync("/?page=2");

        var titles = page.QuerySelectorAll(".article-list h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(ArchiveFixtures.ArticleCount - 20, titles.Count);
        Assert.Equal(ArchiveFixtures.UndatedTitle, titles[^1]);
        Assert.Equal("Bài viết có mã độc", titles[^2]); // 2020, the oldest dated article
        Assert.Contains("Không rõ ngày đăng", page.QuerySelectorAll(".article-list li")[^1].TextContent);
    }

    [Fact]
    public async Task Pagination_links_go_both_ways_and_stop_at_the_ends()
    {
        var first = await Client.GetPageAsync("/");
        var last = await Client.GetPageAsync("/?page=2");

        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal("/?page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/", last.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
        Assert.Contains("Trang 2 / 2", last.QuerySelector(".pager")!.TextContent);
    }

    [Fact]
    public async Task List_items_show_the_date_in_Vietnamese_and_the_source()
    {
        var page = await Client.GetPageAsync("/");

        var first = page.QuerySelector(".article-list li")!;
        Assert.Equal("2024-01-24", first.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("Thứ Tư, 24/01/2024", first.QuerySelector("time")?.TextContent);
        Assert.Equal("Báo Cần Thơ", first.QuerySelector(".source")?.TextContent);
    }

    [Theory]
    [InlineData("/?page=0")]
    [InlineData("/?page=-1")]
    [InlineData("/?page=abc")]
    [InlineData("/?page=99999999999999999999")]
    public async Task A_page_number_that_is_not_a_page_is_a_400_in_Vietnamese(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Số trang phải là một số nguyên từ 1 trở lên", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_page_past_the_end_is_a_404_that_says_how_many_pages_there_are()
    {
        var response = await Client.GetAsync("/?page=3");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("chỉ có 2 trang", (await Html.ParseAsync(response)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Vietnamese_letters_are_sent_as_text_not_numeric_entities()
    {
        var html = await Client.GetStringAsync("/");

        Assert.Contains("Bản tin nông nghiệp", html);
        Assert.DoesNotContain("&#x", html);
        Assert.DoesNotMatch("&#[0-9]{3,};", html);
    }
}
