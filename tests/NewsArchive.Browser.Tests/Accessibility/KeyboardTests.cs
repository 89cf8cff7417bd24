using System.Text.Json;
using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Accessibility;

/// <summary>Keyboard readers skip the header, reach the search box at once, and always see where the focus is.</summary>
public sealed class KeyboardTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    /// <summary>Enough Tab presses to go through the header, a page of results and the footer.</summary>
    private const int TabStopsChecked = 60;

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
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("main ol.article-list a").First).ToBeFocusedAsync(); // the first article, past the header
    }

    [ChromiumTheory]
    [InlineData(PageTypes.Home)]
    [InlineData(PageTypes.Article)]
    [InlineData(PageTypes.SearchResults)]
    [InlineData(PageTypes.ArchiveMonth)]
    public async Task Should_reach_the_search_box_with_the_second_Tab(string path)
    {
        await Page.GotoAsync(path);

        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("#site-q")).ToBeFocusedAsync();

        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("hoa binh"); // what the reader types lands in the box (the journeys send it)
        await Expect(Page.Locator("#site-q")).ToHaveValueAsync("hoa binh");
    }

    [ChromiumTheory]
    [InlineData(PageTypes.Home, "light")]
    [InlineData(PageTypes.Article, "light")]
    [InlineData(PageTypes.SearchResults, "light")]
    [InlineData(PageTypes.SearchResults, "dark")]
    [InlineData(PageTypes.ArchiveMonth, "light")]
    public async Task Should_show_a_visible_focus_ring_on_every_Tab_stop(string path, string scheme)
    {
        await Page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await Page.GotoAsync(path);

        var seen = new List<FocusStyle>();
        for (var i = 0; i < TabStopsChecked; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync();
            if (focused is null || (seen.Count > 0 && focused.Element == seen[0].Element)) break; // round to the start
            seen.Add(focused);
        }

        Assert.True(seen.Count >= 8, $"only {seen.Count} Tab stops on {path}");
        var invisible = seen.Where(f => !f.IsVisible).ToList();
        Assert.True(invisible.Count == 0, "no visible focus on:\n" + string.Join("\n", invisible));
    }

    /// <summary>The focused element and the indicator the browser draws for it (outline or box shadow), as computed.</summary>
    private async Task<FocusStyle?> FocusedAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement?>("""
            () => {
              const e = document.activeElement;
              if (!e || e === document.body) return null;
              const s = getComputedStyle(e);
              const label = (e.getAttribute("aria-label") || e.textContent || e.value || "").trim().slice(0, 40);
              return { element: `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""} "${label}"`,
                       outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow };
            }
            """);
        if (json is not { ValueKind: JsonValueKind.Object } value) return null;
        return new FocusStyle(value.GetProperty("element").GetString()!, value.GetProperty("outlineStyle").GetString()!,
            value.GetProperty("outlineWidth").GetDouble(), value.GetProperty("boxShadow").GetString()!);
    }

    private sealed record FocusStyle(string Element, string OutlineStyle, double OutlineWidth, string BoxShadow)
    {
        /// <summary>A ring at least 2 px wide (WCAG 2.4.13's minimum area, roughly), or a shadow.</summary>
        public bool IsVisible => (OutlineStyle != "none" && OutlineWidth >= 2) || BoxShadow != "none";
    }
}
