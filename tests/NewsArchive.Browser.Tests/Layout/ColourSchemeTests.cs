using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;

namespace NewsArchive.Browser.Tests.Layout;

/// <summary>The site follows the reader's system setting: dark text on light, or light text on dark.</summary>
public sealed class ColourSchemeTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    [ChromiumTheory]
    [InlineData("light", "rgb(255, 255, 255)", "rgb(27, 27, 27)")]
    [InlineData("dark", "rgb(22, 22, 22)", "rgb(232, 230, 227)")]
    public async Task Should_follow_prefers_color_scheme(string scheme, string background, string text)
    {
        await Page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await Page.GotoAsync(PageTypes.Article);

        var colours = await Page.EvaluateAsync<string[]>("""
            () => [getComputedStyle(document.documentElement).backgroundColor,
                   getComputedStyle(document.querySelector(".article-body")).color,
                   getComputedStyle(document.querySelector("#site-q")).colorScheme]
            """);
        Assert.Equal(background, colours[0]);
        Assert.Equal(text, colours[1]);
        Assert.Equal("light dark", colours[2]); // form controls and scrollbars follow too
    }
}
