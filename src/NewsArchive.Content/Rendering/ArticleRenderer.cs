using System.Text;
using Ganss.Xss;
using Markdig;
using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Rendering;

/// <summary>
/// Article bodies as safe HTML and as plain text. Raw HTML in Markdown is shown as text, never run, and the
/// rendered HTML goes through a sanitiser as well, which drops <c>javascript:</c> links and event attributes.
/// </summary>
public sealed class ArticleRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .UseFootnotes()
        .UseFigures()
        .DisableHtml()
        // `![Cầu Vàm Cống](cau.jpg){width=640 height=427}`: an image's size, where the file knows it, reserves its
        // space so the text does not jump as it loads. Markdig wants this extension added last.
        .UseGenericAttributes()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(ArticleBody body) => body switch
    {
        MarkdownBody markdown => _sanitizer.Sanitize(MarkdownOrText(markdown, m => Markdown.ToHtml(m, Pipeline), AsParagraphs)),
        PlainTextBody text => PlainTextHtml(text),
        _ => throw new ArgumentOutOfRangeException(nameof(body)),
    };

    public static string ToPlainText(ArticleBody body) => body switch
    {
        MarkdownBody markdown => MarkdownOrText(markdown, m => Markdown.ToPlainText(m, Pipeline), m => m).Trim(),
        PlainTextBody text => string.Join("\n\n", text.Blocks.Select(b => b.Text)),
        _ => throw new ArgumentOutOfRangeException(nameof(body)),
    };

    /// <summary>
    /// Markdig refuses Markdown nested deeper than it can handle (128 quote levels, say); such a body is still
    /// an article, so it is shown as its plain text rather than not at all.
    /// </summary>
    private static string MarkdownOrText(MarkdownBody body, Func<string, string> render, Func<string, string> fallback)
    {
        try
        {
            return render(body.Markdown);
        }
        catch (ArgumentException)
        {
            return fallback(body.Markdown);
        }
    }

    private static string AsParagraphs(string text) =>
        string.Concat(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{HtmlText.Encode(p.Trim())}</p>\n"));

    /// <summary>The opening words of the body, cut at a word boundary, for lists and page descriptions.</summary>
    public static string Excerpt(ArticleBody body, int maxLength = 220) =>
        Excerpt(body, body is MarkdownBody ? ToPlainText(body) : "", maxLength);

    /// <summary>The same, for a body whose <see cref="ToPlainText"/> is already at hand (no second Markdown parse).</summary>
    public static string Excerpt(ArticleBody body, string plainText, int maxLength = 220)
    {
        var opening = body is PlainTextBody text
            ? text.Blocks.FirstOrDefault(b => b.Kind == TextBlockKind.Paragraph)?.Text ?? ""
            : plainText;
        opening = Collapsed(opening, maxLength + 2);
        if (opening.Length <= maxLength) return opening;
        var cut = opening.LastIndexOf(' ', maxLength);
        return opening[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>Runs of white space as one space, trimmed, read only as far as <paramref name="enough"/> characters.</summary>
    private static string Collapsed(string text, int enough)
    {
        var collapsed = new StringBuilder(enough);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }
            if (space) collapsed.Append(' ');
            space = false;
            collapsed.Append(c);
            if (collapsed.Length >= enough) break;
        }
        return collapsed.ToString();
    }

    private static string PlainTextHtml(PlainTextBody body)
    {
        var html = new StringBuilder();
        foreach (var block in body.Blocks)
        {
            var text = HtmlText.Encode(block.Text);
            html.Append(block.Kind == TextBlockKind.Caption
                ? $"<p class=\"caption\">{text}</p>\n"
                : $"<p>{text}</p>\n");
        }
        return html.ToString();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("loading");
        // Images from article files load lazily so a long article stays light on a phone.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "img" } img) PrepareImage(img);
            // Footnotes link by id; any other id written in the file ({#main}) could clash with the page's own.
            if (e.Node is AngleSharp.Dom.IElement element && element.GetAttribute("id") is { } id && !id.StartsWith("fn", StringComparison.Ordinal))
                element.RemoveAttribute("id");
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } a && a.GetAttribute("href") is { } href
                && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
                a.SetAttribute("rel", "noopener nofollow");
        };
        return sanitizer;
    }

    private static void PrepareImage(AngleSharp.Dom.IElement img)
    {
        img.SetAttribute("loading", "lazy");
        // A size is kept only as the whole pixels HTML allows; "50%" or "auto" would make the page invalid.
        foreach (var dimension in new[] { "width", "height" })
        {
            if (img.GetAttribute(dimension) is { } value && !IsPixels(value)) img.RemoveAttribute(dimension);
        }
    }

    private static bool IsPixels(string value) =>
        value.Length is > 0 and <= 5 && value.All(char.IsAsciiDigit) && int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) > 0;
}
