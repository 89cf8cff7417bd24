using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Accessibility;

/// <summary>Keyboard readers skip the header before anything else.</summary>
public sealed class KeyboardTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    [ChromiumFact]
    public async Task Should_make_the_skip_link_the_first_Tab_stop_and_move_focus_to_main()
    {
        await Page.GotoAsync("/");

        await Page.Keyboard.PressAsync("Tab");
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Bỏ qua, đến nội dung chính" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync(); // hidden off-screen until focused, then shown

        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("main#main")).ToBeFocusedAsync();
    }
}
