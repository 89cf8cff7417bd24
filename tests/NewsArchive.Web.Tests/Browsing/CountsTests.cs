using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Web.Tests.Support;
using S = NewsArchive.Web.Tests.Support.SpreadFixtures;

namespace NewsArchive.Web.Tests.Browsing;

/// <summary>
/// Every count the site shows (years, months, days, undated, sources, tags, search facets) is the number of articles
/// listed behind its link, and those are the articles the fixtures put there; and every article is reached by
/// clicking through dates alone.
/// </summary>
public sealed partial class CountsTests(SpreadSite fixture) : IClassFixture<SpreadSite>
{
    private HttpClient Client => fixture.Client;

    private static DateOnly? VietnamDay(S.Fixture article) => article.Date is { } d
        ? DateOnly.FromDateTime(DateTimeOffset.Parse(d, CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(7)).DateTime)
        : null;

    private static List<string> TitlesWhere(Func<S.Fixture, bool> where) => S.All.Where(where).Select(a => a.Title).Order().ToList();

    [Fact]
    public async Task From_the_home_page_the_date_archive_reaches_every_article_once_and_every_count_is_what_it_lists()
    {
        var home = await Client.GetPageAsync("/");
        var archive = await Client.GetPageAsync(home.QuerySelector(".site-nav a[href='/archive']")!.GetAttribute("href")!);
        var reached = new List<string>();

        foreach (var (_, yearUrl, yearCount) in ListReader.CountedLinks(archive, ".archive-years li"))
        {
            if (yearUrl == "/archive/undated")
            {
                var undated = await Client.ReadListAsync(yearUrl);
                Assert.Equal(yearCount, undated.Count);
                Assert.Equal(TitlesWhere(a => a.Date is null), undated.Order());
                reached.AddRange(undated);
                continue;
            }
            var year = await Client.GetPageAsync(yearUrl);
            var months = ListReader.CountedLinks(year, ".archive-months li");
            Assert.Equal(yearCount, months.Sum(m => m.Count));
            foreach (var (_, monthUrl, monthCount) in months)
            {
                var month = await Client.GetPageAsync(monthUrl);
                var days = month.QuerySelectorAll(".calendar a").Select(a => (Url: a.GetAttribute("href")!, Count: ListReader.Number(a.ParentElement!.QuerySelector(".day-count")!.TextContent))).ToList();
                Assert.Equal(monthCount, days.Sum(d => d.Count));
                foreach (var (dayUrl, dayCount) in days)
                {
                    var titles = await Client.ReadListAsync(dayUrl);
                    var day = DateOnly.ParseExact(dayUrl["/archive/".Length..], "yyyy/MM/dd", CultureInfo.InvariantCulture);
                    Assert.Equal(dayCount, titles.Count);
                    Assert.Equal(TitlesWhere(a => VietnamDay(a) == day), titles.Order());
                    reached.AddRange(titles);
                }
            }
        }

        Assert.Equal(S.All.Count, reached.Count);
        Assert.Equal(S.All.Select(a => a.Title).Order(), reached.Order());
    }

    [Fact]
    public async Task Every_source_count_is_the_number_of_its_articles_listed()
    {
        var sources = ListReader.CountedLinks(await Client.GetPageAsync("/sources"), ".source-list li");

        Assert.Equal(5, sources.Count);
        foreach (var (name, url, count) in sources)
        {
            var titles = await Client.ReadListAsync(url);
            Assert.Equal(count, titles.Count);
            Assert.Equal(TitlesWhere(a => a.Source == name), titles.Order());
        }
        Assert.Equal(S.All.Count(a => a.Source is not null), sources.Sum(s => s.Count));
    }

    [Fact]
    public async Task Every_tag_count_is_the_number_of_its_articles_listed()
    {
        var tags = ListReader.CountedLinks(await Client.GetPageAsync("/tags"), ".tag-list li");

        Assert.Equal(["Bầu cử", "Giáo dục", "Hà Nội", "Kinh tế", "Làng nghề", "Lễ hội", "Thanh niên"], tags.Select(t => t.Text));
        foreach (var (name, url, count) in tags)
        {
            var titles = await Client.ReadListAsync(url);
            Assert.Equal(count, titles.Count);
            Assert.Equal(TitlesWhere(a => a.Tags.Contains(name)), titles.Order());
        }
    }

    [Theory]
    [InlineData("/search?q=tin+tuc")]
    [InlineData("/search?from=2021-01-01&to=2024-12-31")]
    public async Task Every_facet_count_is_the_number_of_results_one_click_on_it_finds(string search)
    {
        var page = await Client.GetPageAsync(search);
        var years = ListReader.CountedLinks(page, "#facet-years + ul li");
        var sources = ListReader.CountedLinks(page, "#facet-sources + ul li");

        Assert.Equal(["2024", "2023", "2022", "2021"], years.Select(y => y.Text));
        foreach (var (text, url, count) in years)
        {
            Assert.Equal(S.All.Count(a => VietnamDay(a)?.Year.ToString(CultureInfo.InvariantCulture) == text), count);
            Assert.Equal(count, await ResultCountAsync(url));
        }
        Assert.Equal(5, sources.Count);
        foreach (var (name, url, count) in sources)
        {
            Assert.Equal(S.All.Count(a => a.Source == name && (search.Contains("q=") || a.Date is not null)), count);
            Assert.Equal(count, await ResultCountAsync(url));
        }
    }

    [Fact]
    public async Task A_busy_day_pages_to_its_last_article_in_time_order_with_none_twice()
    {
        var titles = await Client.ReadListAsync("/archive/2024/05/19");
        var last = await Client.GetPageAsync("/archive/2024/05/19?page=13");

        Assert.Equal(Enumerable.Range(1, S.BusyDayCount).Select(i => $"Tin bầu cử số {i}"), titles);
        Assert.Equal(S.BusyDayCount % S.PageSize, last.QuerySelectorAll(".article-list li").Length);
        Assert.Null(last.QuerySelector("nav[aria-label='Phân trang'] a[rel=next]"));
    }

    [Fact]
    public async Task The_home_page_pages_through_every_article_newest_first_then_the_undated()
    {
        var titles = await Client.ReadListAsync("/");

        Assert.Equal(S.All.Count, titles.Distinct().Count());
        Assert.Equal(TitlesWhere(a => a.Date is null), titles.TakeLast(3).Order());
        var newest = S.All.Where(a => a.Date is not null).MaxBy(a => DateTimeOffset.Parse(a.Date!, CultureInfo.InvariantCulture))!;
        Assert.Equal(newest.Title, titles[0]);
    }

    private async Task<int> ResultCountAsync(string url)
    {
        var text = (await Client.GetPageAsync(url)).QuerySelector("p.count")!.TextContent;
        return ListReader.Number(Found().Match(text).Groups[1].Value);
    }

    [GeneratedRegex(@"Tìm thấy ([\d.]+) bài viết")]
    private static partial Regex Found();
}
