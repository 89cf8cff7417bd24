using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Search;

/// <summary>The header search box as an ARIA 1.2 combobox (wwwroot/js/suggest.js), used with the keyboard only.</summary>
public sealed class SearchBoxComboboxTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    private const string SteeringCommitteeSearch = "/search?q=Ban%20Ch%E1%BB%89%20%C4%91%E1%BA%A1o";

    private ILocator Box => Page.Locator("#site-q");

    private ILocator Options => Page.Locator("ul[role=listbox] > li[role=option]");

    /// <summary>Types into the header box on the home page and waits for the list the box says it controls.</summary>
    private async Task<ILocator> TypeAndWaitForListAsync(string typed)
    {
        await Page.GotoAsync("/");
        await Box.FocusAsync();
        await Page.Keyboard.TypeAsync(typed);
        await Expect(Box).ToHaveAttributeAsync("aria-expanded", "true");
        var list = Page.Locator($"#{await Box.GetAttributeAsync("aria-controls")}");
        await Expect(list).ToHaveAttributeAsync("role", "listbox");
        await Expect(list).ToBeVisibleAsync();
        return list;
    }

    [ChromiumFact]
    public async Task Should_complete_ban_chi_d_to_Ban_Chi_dao_and_search_it_with_Enter()
    {
        var list = await TypeAndWaitForListAsync("ban chi d");
        await Expect(Box).ToHaveAttributeAsync("role", "combobox");
        var first = list.Locator("li[role=option]").First;
        await Expect(first).ToHaveTextAsync("Ban Chỉ đạo");

        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Box).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");

        await Page.Keyboard.PressAsync("Enter");
        await ArrivedAtAsync(url => url.EndsWith(SteeringCommitteeSearch, StringComparison.Ordinal));
        Assert.Equal(SteeringCommitteeSearch, PathAndQuery);
        Assert.True(await Page.Locator("main ol.article-list > li").CountAsync() > 0, "the search for Ban Chỉ đạo listed no articles");
    }

    [ChromiumFact]
    public async Task Should_open_the_suggested_article_with_ArrowDown_twice_and_Enter()
    {
        await TypeAndWaitForListAsync("ban chi d");
        var second = Options.Nth(1);
        var title = await second.TextContentAsync();

        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Box).ToHaveAttributeAsync("aria-activedescendant", (await second.GetAttributeAsync("id"))!);
        await Expect(Options.First).ToHaveAttributeAsync("aria-selected", "false");
        await Page.Keyboard.PressAsync("Enter");

        await ArrivedAtAsync(url => new Uri(url).AbsolutePath.StartsWith("/articles/", StringComparison.Ordinal));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(title!);
    }

    [ChromiumFact]
    public async Task Should_move_back_up_with_ArrowUp()
    {
        await TypeAndWaitForListAsync("ban chi d");
        var first = (await Options.First.GetAttributeAsync("id"))!;

        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowUp");

        await Expect(Box).ToHaveAttributeAsync("aria-activedescendant", first);
        await Expect(Options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(Options.Nth(1)).ToHaveAttributeAsync("aria-selected", "false");
    }

    [ChromiumFact]
    public async Task Should_close_with_Escape_and_keep_what_was_typed()
    {
        var list = await TypeAndWaitForListAsync("ban chi d");
        await Page.Keyboard.PressAsync("ArrowDown");

        await Page.Keyboard.PressAsync("Escape");

        await Expect(Box).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Box).Not.ToHaveAttributeAsync("aria-activedescendant", new Regex("."));
        await Expect(list).ToBeHiddenAsync();
        await Expect(Box).ToHaveValueAsync("ban chi d");
        await Expect(Box).ToBeFocusedAsync();
        Assert.Equal("/", PathAndQuery);
    }

    [ChromiumFact]
    public async Task Should_close_when_focus_leaves_the_box()
    {
        var list = await TypeAndWaitForListAsync("ban chi d");

        await Page.Keyboard.PressAsync("Tab");

        await Expect(Box).Not.ToBeFocusedAsync();
        await Expect(Box).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(list).ToBeHiddenAsync();
    }
}
