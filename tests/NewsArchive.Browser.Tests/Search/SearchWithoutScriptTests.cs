using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Search;

/// <summary>Without JavaScript the search box is a plain form: the combobox is an enhancement, not a requirement.</summary>
public sealed class SearchWithoutScriptTests(ArchiveInBrowser archive) : IClassFixture<ArchiveInBrowser>
{
    [ChromiumFact]
    public async Task Should_search_from_the_header_with_Enter_when_script_is_off()
    {
        var context = await archive.NewContextAsync(javaScriptEnabled: false);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            var box = page.Locator("#site-q");
            await Expect(box).Not.ToHaveAttributeAsync("role", "combobox"); // the script really did not run

            await box.FocusAsync();
            await page.Keyboard.TypeAsync("an giang");
            await page.Keyboard.PressAsync("Enter");

            await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == "/search?q=an+giang");
            await Expect(page.Locator("p.count")).ToContainTextAsync("Tìm thấy");
            Assert.True(await page.Locator("main ol.article-list > li").CountAsync() > 0, "the search without script listed no articles");
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
