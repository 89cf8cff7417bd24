using System.Net;
using NewsArchive.Web.Tests.Support;
using D = NewsArchive.Web.Tests.Support.DateFixtures;

namespace NewsArchive.Web.Tests.Browsing;

/// <summary>/archive: years, months, a month's calendar and a day's articles, in Vietnam local dates.</summary>
public sealed class DateArchiveTests(DateSite fixture) : IClassFixture<DateSite>
{
    private HttpClient Client => fixture.Client;

    private static List<string> Texts(AngleSharp.Dom.IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();

    [Fact]
    public async Task The_archive_lists_years_newest_first_with_their_counts_then_the_undated_articles()
    {
        var page = await Client.GetPageAsync("/archive");

        Assert.Equal(["Năm 2024 (8 bài)", "Năm 2023 (3 bài)", "Năm 2022 (1 bài)", "Không rõ ngày (1 bài)"], Texts(page, ".archive-years li"));
        Assert.Equal("/archive/2023", page.QuerySelector(".archive-years li:nth-child(2) a")?.GetAttribute("href"));
        Assert.Equal("/archive/undated", page.QuerySelector(".archive-years li:last-child a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main a[href='/sources']"));
        Assert.NotNull(page.QuerySelector("main a[href='/tags']"));
    }

    [Fact]
    public async Task Undated_articles_have_a_list_of_their_own()
    {
        var page = await Client.GetPageAsync("/archive/undated");

        Assert.Equal("Bài không rõ ngày đăng", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Bài không rõ ngày đăng"], Texts(page, ".article-list h2"));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/archive/undated?page=2")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/archive/undated?page=0")).StatusCode);
    }

    [Fact]
    public async Task A_year_shows_all_twelve_months_with_links_only_where_there_are_articles()
    {
        var page = await Client.GetPageAsync("/archive/2023");

        var months = Texts(page, ".archive-months li");
        Assert.Equal(12, months.Count);
        Assert.Equal("Tháng 1 (1 bài)", months[0]);
        Assert.Equal("Tháng 2 (2 bài)", months[1]);
        Assert.Equal("Tháng 3 (không có bài)", months[2]);
        Assert.Equal(["/archive/2023/01", "/archive/2023/02"], page.QuerySelectorAll(".archive-months a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_month_is_a_calendar_starting_on_monday_whose_days_with_articles_are_links()
    {
        var page = await Client.GetPageAsync("/archive/2023/02");

        var firstWeek = page.QuerySelectorAll(".calendar tbody tr:first-child td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["", "", "1", "2", "3", "4", "5"], firstWeek); // 1 February 2023 was a Wednesday
        var link = Assert.Single(page.QuerySelectorAll(".calendar a"));
        Assert.Equal("/archive/2023/02/28", link.GetAttribute("href"));
        Assert.Equal("Thứ Ba, ngày 28 tháng 2 năm 2023: 2 bài", link.GetAttribute("aria-label"));
        // The nearest months with articles: the quiet months between are skipped.
        Assert.Equal("/archive/2023/01", page.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/archive/2024/02", page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/archive/2023/07", "Tháng 7 năm 2023 không có bài viết nào", "/archive/2023/02", "/archive/2024/02")]
    [InlineData("/archive/2021", "Năm 2021 không có bài viết nào", null, "/archive/2022")]
    [InlineData("/archive/2024/03/11", "Thứ Hai, ngày 11 tháng 3 năm 2024 không có bài viết nào", "/archive/2024/03/10", null)]
    [InlineData("/archive/1999/01/01", "Thứ Sáu, ngày 1 tháng 1 năm 1999 không có bài viết nào", null, "/archive/2022/12/31")]
    public async Task A_date_without_articles_is_not_found_and_points_to_the_nearest_dates_with_some(string url, string heading, string? before, string? after)
    {
        var response = await Client.GetAsync(url);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(before, page.QuerySelector("main a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(after, page.QuerySelector("main a[rel=next]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/archive/2023/2", "/archive/2023/02")]
    [InlineData("/archive/2023/2/28", "/archive/2023/02/28")]
    [InlineData("/archive/2023/02/28/", "/archive/2023/02/28")]
    [InlineData("/archive/2024/3/10?page=2", "/archive/2024/03/10?page=2")]
    public async Task A_date_written_another_way_redirects_to_its_one_address(string url, string address)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(address, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Years_link_to_the_nearest_years_with_articles()
    {
        var page = await Client.GetPageAsync("/archive/2023");

        Assert.Equal("/archive/2022", page.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/archive/2024", page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/archive/2022/12/31", D.NewYearsEve)]
    [InlineData("/archive/2023/01/01", D.NewYearsDay)]
    public async Task An_article_belongs_to_its_day_in_vietnam(string url, string title)
    {
        var page = await Client.GetPageAsync(url);

        Assert.Equal([title], Texts(page, ".article-list h2"));
    }

    [Fact]
    public async Task A_day_lists_its_articles_in_order_and_links_to_the_nearest_days_with_articles()
    {
        var page = await Client.GetPageAsync("/archive/2023/02/28");

        Assert.Equal("Thứ Ba, ngày 28 tháng 2 năm 2023", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Tỉnh họp phiên đầu tiên của Ban Chỉ đạo", "Chiều cùng ngày, huyện triển khai kế hoạch"], Texts(page, ".article-list h2"));
        var days = page.QuerySelectorAll("nav[aria-label='Ngày khác có bài'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/archive/2023/01/01", "/archive/2024/02/29"], days);
    }

    [Fact]
    public async Task A_busy_day_comes_a_page_at_a_time()
    {
        var first = await Client.GetPageAsync("/archive/2024/03/10");
        var second = await Client.GetPageAsync("/archive/2024/03/10?page=2");
        var beyond = await Client.GetAsync("/archive/2024/03/10?page=3");

        Assert.Equal(D.PageSize, first.QuerySelectorAll(".article-list li").Length);
        Assert.Equal("/archive/2024/03/10?page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(D.BusyDayCount - D.PageSize, second.QuerySelectorAll(".article-list li").Length);
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Theory]
    [InlineData("/archive/2023/13")]
    [InlineData("/archive/2023/00")]
    [InlineData("/archive/2023/02/29")]
    [InlineData("/archive/2023/04/31")]
    [InlineData("/archive/0")]
    [InlineData("/archive/10000")]
    [InlineData("/archive/abc")]
    [InlineData("/archive/-1")]
    [InlineData("/archive/99999999999")]
    [InlineData("/archive/2024/99999999999/01")]
    public async Task Dates_that_do_not_exist_are_404(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_leap_day_exists_in_a_leap_year()
    {
        var page = await Client.GetPageAsync("/archive/2024/02/29");

        Assert.Equal(["Ngày nhuận, chuyện hiếm bốn năm mới có"], Texts(page, ".article-list h2"));
    }

    [Fact]
    public async Task Every_page_links_to_the_date_archive()
    {
        var page = await Client.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector(".site-nav a[href='/archive']"));
    }
}
