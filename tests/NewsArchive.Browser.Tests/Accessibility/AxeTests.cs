using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Accessibility;

/// <summary>axe-core finds no WCAG violations on the pages readers land on, including with the suggestions open.</summary>
public sealed class AxeTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    [ChromiumFact]
    public async Task Should_find_no_violations_on_the_home_page()
    {
        await Page.GotoAsync("/");
        await Axe.AssertNoViolationsAsync(Page);
    }

    [ChromiumFact]
    public async Task Should_find_no_violations_on_an_article_page()
    {
        await Page.GotoAsync($"/articles/{FixtureArticles.FullArticleSlug}");
        await Axe.AssertNoViolationsAsync(Page);
    }

    [ChromiumFact]
    public async Task Should_find_no_violations_on_search_results()
    {
        await Page.GotoAsync("/search?q=ban+chi+dao");
        await Expect(Page.Locator("nav.pager")).ToBeVisibleAsync(); // results and pages: the fullest search page
        await Axe.AssertNoViolationsAsync(Page);
    }

    [ChromiumFact]
    public async Task Should_find_no_violations_when_nothing_is_found()
    {
        await Page.GotoAsync("/search?q=t%C3%A0u+v%C5%A9+tr%E1%BB%A5");
        await Expect(Page.Locator(".no-results")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
    }

    [ChromiumFact]
    public async Task Should_find_no_violations_with_the_suggestions_open()
    {
        await Page.GotoAsync("/search");
        var box = Page.Locator("#search-q");
        await box.FocusAsync();
        await Page.Keyboard.TypeAsync("ban chi d");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Page.Keyboard.PressAsync("ArrowDown"); // an active option too, as a keyboard reader sees it
        await Axe.AssertNoViolationsAsync(Page);
    }

    [ChromiumFact]
    public async Task Should_find_no_violations_in_the_dark_colour_scheme()
    {
        // Readers whose system is set to dark get the site's dark scheme; it must be as readable.
        await Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await Page.GotoAsync("/search?q=ban+chi+dao"); // marks, filters, pager and both search boxes
        await Axe.AssertNoViolationsAsync(Page);
    }
}
