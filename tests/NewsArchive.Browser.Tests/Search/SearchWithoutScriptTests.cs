using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Search;

/// <summary>Without JavaScript the search box is a plain form and every page reads: script only enhances.</summary>
public sealed class SearchWithoutScriptTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    protected override Task<IBrowserContext> NewContextAsync() => Archive.NewContextAsync(javaScriptEnabled: false);

    [ChromiumFact]
    public async Task Should_search_from_the_header_with_Enter_when_script_is_off()
    {
        await Page.GotoAsync("/");
        var box = Page.Locator("#site-q");
        await Expect(box).Not.ToHaveAttributeAsync("role", "combobox"); // the script really did not run

        await box.FocusAsync();
        await Page.Keyboard.TypeAsync("an giang");
        await Page.Keyboard.PressAsync("Enter");

        await ArrivedAtAsync(url => new Uri(url).PathAndQuery == "/search?q=an+giang");
        await Expect(Page.Locator("p.count")).ToContainTextAsync("Tìm thấy");
        Assert.True(await Page.Locator("main ol.article-list > li").CountAsync() > 0, "the search without script listed no articles");
    }

    [ChromiumFact]
    public async Task Should_read_an_article_opened_from_the_calendar_when_script_is_off()
    {
        await Page.GotoAsync("/archive/2023/09");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Thứ Tư, ngày 20 tháng 9 năm 2023: 1 bài" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Lễ hội đua bò ở xã Hòa Bình thu hút du khách" }).ClickAsync();

        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Lễ hội đua bò ở xã Hòa Bình thu hút du khách");
        await Expect(Page.Locator(".article-body")).ToContainTextAsync("Người dân xã Hòa Bình");
        await Expect(Page.Locator(".attribution .original-link")).ToBeVisibleAsync();
    }
}
