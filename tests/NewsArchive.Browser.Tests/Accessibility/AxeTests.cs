using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Accessibility;

/// <summary>axe-core finds no WCAG violations on any kind of page, in the light and the dark scheme, nor with the suggestions open.</summary>
public sealed class AxeTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    [ChromiumTheory]
    [MemberData(nameof(PageTypes.NamesInBothSchemes), MemberType = typeof(PageTypes))]
    public async Task Should_find_no_violations(string page, string scheme)
    {
        // Readers whose system is set to dark get the site's dark scheme; it must be as readable.
        await Page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await Page.GotoAsync(PageTypes.All[page]);

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Axe.AssertNoViolationsAsync(Page);
    }

    [ChromiumTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Should_find_no_violations_with_the_suggestions_open(string scheme)
    {
        await Page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await Page.GotoAsync("/search");
        var box = Page.Locator("#search-q");
        await box.FocusAsync();
        await Page.Keyboard.TypeAsync("ban chi d");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Page.Keyboard.PressAsync("ArrowDown"); // an active option too, as a keyboard reader sees it
        await Axe.AssertNoViolationsAsync(Page);
    }
}
