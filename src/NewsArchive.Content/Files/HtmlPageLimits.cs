using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace NewsArchive.Content.Files;

/// <summary>
/// What keeps one saved page from costing minutes: HTML parsing is slow on deep nesting (nested formatting tags
/// are quadratic in the HTML standard's own algorithm), and article extraction grows faster than the page
/// (a 3 MB page took SmartReader over two minutes). Real news pages nest a few dozen deep and, without their
/// scripts, icons and forms, hold a few thousand elements.
/// </summary>
internal static partial class HtmlPageLimits
{
    public const int MaxOpen = 500;

    /// <summary>
    /// A few seconds of extraction (a 400 KB page of 8,000 elements took 4 to 5 s on a shared two-core machine);
    /// a long news page with its comments has a few thousand.
    /// </summary>
    public const int MaxElements = 10_000;

    private const string NeverArticle = "script, style, noscript, svg, iframe, template, form, select, button, input, textarea, nav, footer, object, embed, canvas";

    /// <summary>Run before any parser sees the text.</summary>
    /// <exception cref="ArticleFileException">More container elements are open at once than any page needs.</exception>
    public static void CheckNesting(string html)
    {
        var open = 0;
        foreach (Match tag in ContainerTag().Matches(html))
        {
            open += tag.Groups["close"].Success ? -1 : 1;
            if (open < 0) open = 0;
            if (open > MaxOpen)
                throw new ArticleFileException($"the page nests its elements more than {MaxOpen} deep (a saved news page nests a few dozen); it is not read");
        }
    }

    /// <summary>Drops what is never article text, then checks what is left is a page's worth of elements.</summary>
    /// <exception cref="ArticleFileException">The page has more elements than extraction can afford.</exception>
    public static void Prune(IHtmlDocument page)
    {
        foreach (var element in page.QuerySelectorAll(NeverArticle).ToList()) element.Remove();
        var count = page.All.Length;
        if (count > MaxElements)
            throw new ArticleFileException(
                $"the page has {count.ToString("N0", CultureInfo.InvariantCulture)} elements besides scripts and forms, over the {MaxElements.ToString("N0", CultureInfo.InvariantCulture)} a news page needs; it is not read");
    }

    // Only elements a browser never closes by itself: <p>, <li> and <td> close when the next one opens.
    [GeneratedRegex(@"<(?<close>/)?(?:div|span|b|i|u|s|em|strong|font|table|ul|ol|section|article|a|blockquote|center|small|big|sup|sub|nobr|main|aside|header|footer|nav|form|label|code|q|mark|figure)(?=[\s>/])", RegexOptions.IgnoreCase)]
    private static partial Regex ContainerTag();
}
