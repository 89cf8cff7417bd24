using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Journeys;

/// <summary>A reader searches without diacritics, pages through, narrows by source and dates, and opens a result marked.</summary>
public sealed partial class SearchTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    private ILocator Results => Page.Locator("main ol.article-list > li");

    private ILocator Pager => Page.GetByRole(AriaRole.Navigation, new() { Name = "Phân trang" });

    private async Task SearchFromTheHomePageAsync(string words)
    {
        await Page.GotoAsync("/");
        await Page.Locator("#site-q").FillAsync(words);
        await Page.Locator("#site-q").PressAsync("Enter");
        await ArrivedAtAsync(url => new Uri(url).AbsolutePath == "/search");
    }

    [ChromiumFact]
    public async Task Should_page_through_results_and_back()
    {
        await SearchFromTheHomePageAsync("ban chi dao");
        await Expect(Page.Locator("p.count")).ToHaveTextAsync(CountOnPage(1, 2));
        await Expect(Pager.Locator("[aria-current=page]")).ToHaveTextAsync("Trang 1 / 2");
        var firstPage = await Results.Locator("h2").AllTextContentsAsync();
        Assert.Equal(20, firstPage.Count);

        await Pager.GetByRole(AriaRole.Link, new() { Name = "Trang sau →" }).ClickAsync();
        await ArrivedAtAsync(url => url.Contains("page=2", StringComparison.Ordinal));
        await Expect(Pager.Locator("[aria-current=page]")).ToHaveTextAsync("Trang 2 / 2");
        await Expect(Page.Locator("p.count")).ToHaveTextAsync(CountOnPage(2, 2));
        var secondPage = await Results.Locator("h2").AllTextContentsAsync();
        Assert.NotEmpty(secondPage);
        Assert.Empty(firstPage.Intersect(secondPage)); // no article twice
        await Expect(Pager.GetByRole(AriaRole.Link, new() { Name = "Trang sau →" })).ToHaveCountAsync(0);

        await Pager.GetByRole(AriaRole.Link, new() { Name = "← Trang trước" }).ClickAsync();
        await Expect(Pager.Locator("[aria-current=page]")).ToHaveTextAsync("Trang 1 / 2");
        Assert.Equal(firstPage, await Results.Locator("h2").AllTextContentsAsync());
    }

    [ChromiumFact]
    public async Task Should_narrow_results_by_source_then_by_dates()
    {
        await SearchFromTheHomePageAsync("ban chi dao");
        var filters = Page.GetByRole(AriaRole.Search, new() { Name = "Tìm kiếm nâng cao" });

        await filters.GetByLabel("Báo").SelectOptionAsync("bao-can-tho");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await ArrivedAtAsync(url => url.Contains("source=bao-can-tho", StringComparison.Ordinal));
        Assert.All(await Results.Locator(".source").AllTextContentsAsync(), source => Assert.Equal("Báo Cần Thơ", source));
        await Expect(filters.GetByLabel("Báo")).ToHaveValueAsync("bao-can-tho"); // the form shows what is applied

        await filters.GetByLabel("Từ ngày").FillAsync("2022-03-01");
        await filters.GetByLabel("Đến ngày").FillAsync("2022-04-30");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await ArrivedAtAsync(url => url.Contains("from=2022-03-01", StringComparison.Ordinal) && url.Contains("to=2022-04-30", StringComparison.Ordinal));

        var dates = await Results.Locator("time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.InRange(dates.Length, 8, 9); // the weekly bulletins of March and April 2022
        Assert.All(dates, date => Assert.InRange(DateOnly.ParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture), new DateOnly(2022, 3, 1), new DateOnly(2022, 4, 30)));
        Assert.All(await Results.Locator(".source").AllTextContentsAsync(), source => Assert.Equal("Báo Cần Thơ", source));
        await Expect(Pager).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task Should_open_a_result_with_the_searched_words_marked()
    {
        await SearchFromTheHomePageAsync("ban chi dao");
        var result = Results.Nth(2);
        var title = result.Locator("h2 a");
        await Expect(result.Locator(".excerpt mark").First).ToBeVisibleAsync();
        var titleText = (await title.TextContentAsync())!;

        await title.ClickAsync();

        await ArrivedAtAsync(url => new Uri(url).AbsolutePath.StartsWith("/articles/", StringComparison.Ordinal));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(titleText);
        var marked = string.Join(" ", await Page.Locator(".article-body mark").AllTextContentsAsync());
        Assert.Matches(Marked(), marked);
    }

    private static Regex CountOnPage(int page, int pages) => new($"^Tìm thấy \\d+ bài viết – trang {page}/{pages}\\.$");

    /// <summary>The committee's name found under its accents, whole or word by word.</summary>
    [GeneratedRegex("^(Ban Chỉ đạo|Ban|Chỉ|đạo)( (Ban Chỉ đạo|Ban|Chỉ|đạo))*$")]
    private static partial Regex Marked();
}
