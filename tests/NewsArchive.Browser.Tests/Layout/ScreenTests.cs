using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using Xunit.Abstractions;

namespace NewsArchive.Browser.Tests.Layout;

/// <summary>The pages on a phone (375 px, touch) and a desktop (1280 px): screenshots to look at, and no sideways scrolling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenTests(ArchiveInBrowser archive, ITestOutputHelper output)
{
    public const int Phone = 375;
    public const int Desktop = 1280;

    public static TheoryData<string, int> MainPagesAtBothWidths
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var page in new[] { "home", "article", "search-results", "archive-month" })
            {
                data.Add(page, Phone);
                data.Add(page, Desktop);
            }
            return data;
        }
    }

    [ChromiumTheory]
    [MemberData(nameof(MainPagesAtBothWidths))]
    public async Task Should_save_a_screenshot_of_the_page_without_sideways_scrolling(string page, int width)
    {
        await using var screen = await OpenAsync(page, width);

        var file = Artifacts.PathFor("screenshots", $"{page}-{width}.png");
        await screen.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");

        Assert.True(new FileInfo(file).Length > 0);
        await AssertNoSidewaysScrollingAsync(screen.Page, width);
    }

    [ChromiumTheory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Should_fit_a_phone_screen_without_sideways_scrolling(string page)
    {
        await using var screen = await OpenAsync(page, Phone);
        await AssertNoSidewaysScrollingAsync(screen.Page, Phone);
    }

    private static async Task AssertNoSidewaysScrollingAsync(IPage page, int width)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.Equal(width, innerWidth);
        Assert.True(scrollWidth <= innerWidth, $"{page.Url} is {scrollWidth} px wide on a {innerWidth} px screen: the reader would scroll sideways");
    }

    /// <summary>A phone is a touch screen of 375 × 812 that honours the viewport meta tag; a desktop is 1280 × 800.</summary>
    private async Task<Screen> OpenAsync(string page, int width)
    {
        var context = await archive.NewContextAsync(configure: options =>
        {
            options.ViewportSize = new() { Width = width, Height = width == Phone ? 812 : 800 };
            options.IsMobile = width == Phone;
            options.HasTouch = width == Phone;
        });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(PageTypes.All[page]);
        return new Screen(context, tab);
    }

    private sealed record Screen(IBrowserContext Context, IPage Page) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Context.CloseAsync();
    }
}
