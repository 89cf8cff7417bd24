using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Journeys;

/// <summary>A reader browses by date: year, month as a calendar, a day, and an article of that day.</summary>
public sealed class CalendarTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    private const string FestivalTitle = "Lễ hội đua bò ở xã Hòa Bình thu hút du khách";

    [ChromiumFact]
    public async Task Should_go_from_the_years_to_a_month_to_a_day_to_an_article()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Chuyên mục chính" }).GetByRole(AriaRole.Link, new() { Name = "Theo ngày" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Lưu trữ theo ngày");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Năm 2023" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Năm 2023");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tháng 9", Exact = true }).ClickAsync();

        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Tháng 9 năm 2023");
        var calendar = Page.GetByRole(AriaRole.Table);
        await Expect(calendar.Locator("thead th")).ToHaveTextAsync(["T2", "T3", "T4", "T5", "T6", "T7", "CN"]);
        await Expect(calendar.GetByRole(AriaRole.Link)).ToHaveCountAsync(1); // only the day with an article is a link
        await calendar.GetByRole(AriaRole.Link, new() { Name = "Thứ Tư, ngày 20 tháng 9 năm 2023: 1 bài" }).ClickAsync();

        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Thứ Tư, ngày 20 tháng 9 năm 2023");
        await Page.GetByRole(AriaRole.Link, new() { Name = FestivalTitle }).ClickAsync();

        await Expect(Page.Locator("main h1")).ToHaveTextAsync(FestivalTitle);
        await Expect(Page.Locator("article header time")).ToHaveTextAsync("Thứ Tư, 20/09/2023");
    }

    [ChromiumFact]
    public async Task Should_move_to_the_next_month_and_open_a_day_by_clicking_its_cell()
    {
        await Page.GotoAsync(PageTypes.ArchiveMonth);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Tháng khác" }).GetByRole(AriaRole.Link, new() { Name = "Tháng 10/2023 →" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Tháng 10 năm 2023");

        // The count under the day number is part of the cell the link covers.
        var count = await Page.Locator(".calendar td.has-articles .day-count").BoundingBoxAsync();
        await Page.Mouse.ClickAsync(count!.X + count.Width / 2, count.Y + count.Height / 2);
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Thứ Năm, ngày 5 tháng 10 năm 2023");
    }
}
