using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Quality;

/// <summary>Dates and numbers as Vietnamese readers write them: "Thứ Ba, 28/02/2023", "10.000".</summary>
public sealed partial class VietnameseTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [ChromiumTheory]
    [InlineData("home")]
    [InlineData("article")]
    [InlineData("article-plain")]
    [InlineData("search-results")]
    [InlineData("archive-day")]
    [InlineData("source")]
    [InlineData("tag")]
    public async Task Should_write_every_date_as_weekday_day_month_year_matching_its_machine_date(string page)
    {
        await Page.GotoAsync(PageTypes.All[page]);

        var times = await Page.Locator("main time").EvaluateAllAsync<string[][]>("ts => ts.map(t => [t.getAttribute('datetime'), t.textContent])");
        Assert.NotEmpty(times);
        foreach (var time in times)
        {
            var (machine, shown) = (time[0], time[1]);
            var day = DateTime.ParseExact(machine[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var expected = day.ToString("dddd, dd/MM/yyyy", Vietnamese) + (machine.Length > 10 ? ", " + machine[11..16] : "");
            Assert.Equal(expected, shown);
            Assert.Matches(LongDate(), shown);
        }
    }

    [ChromiumFact]
    public async Task Should_write_thousands_with_a_dot()
    {
        // Past the last result a search can page to, the reader is told how many results can be seen.
        await Page.GotoAsync("/search?q=ban+chi+dao&page=1000");

        await Expect(Page.Locator("main")).ToContainTextAsync("Chỉ xem được 10.000 kết quả đầu tiên");
    }

    [ChromiumFact]
    public async Task Should_count_and_page_in_Vietnamese()
    {
        await Page.GotoAsync(PageTypes.SearchResults);

        await Expect(Page.Locator("p.count")).ToHaveTextAsync(new Regex(@"^Tìm thấy \d+ bài viết – trang 1/2\.$"));
        await Expect(Page.Locator("nav.pager")).ToContainTextAsync("Trang 1 / 2");
        await Expect(Page.Locator("nav.pager a[rel=next]")).ToHaveTextAsync("Trang sau →");
        await Expect(Page.Locator("#search-sort option")).ToHaveTextAsync(["Phù hợp nhất", "Mới nhất", "Cũ nhất"]);
    }

    /// <summary>"Thứ Hai" to "Thứ Bảy" or "Chủ Nhật", then dd/MM/yyyy, then the time when the file gave one.</summary>
    [GeneratedRegex(@"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}/\d{2}/\d{4}(, \d{2}:\d{2})?$")]
    private static partial Regex LongDate();
}
