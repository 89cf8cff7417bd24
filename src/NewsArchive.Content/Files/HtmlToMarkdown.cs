using System.Text;
using AngleSharp.Dom;

namespace NewsArchive.Content.Files;

/// <summary>
/// The article HTML a reader extracted from a saved page, as Markdown: the body representation Markdown files use,
/// so a saved page is stored, searched and rendered (and sanitised) exactly like them. Only text, emphasis, safe
/// links, lists, quotes, tables and figures survive; scripts, styles, forms and embeds are dropped.
/// </summary>
internal sealed class HtmlToMarkdown
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "iframe", "form", "button", "input", "select", "textarea", "nav", "aside",
        "footer", "header", "svg", "canvas", "object", "embed", "template", "video", "audio", "link", "meta", "head",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "figure", "table", "hr", "pre", "dl", "dt", "dd", "center",
    };

    /// <summary>Where a page that names no address of its own is taken to come from, so that nothing resolves to a real site.</summary>
    public static readonly Uri UnknownOrigin = new("https://saved-page.invalid/");

    private readonly Uri? _base;
    private readonly string? _title;
    private readonly List<string> _blocks = [];
    private readonly StringBuilder _paragraph = new();

    private HtmlToMarkdown(Uri? baseAddress, string? title)
    {
        _base = baseAddress;
        _title = title;
    }

    /// <param name="title">A heading equal to it is the headline again, left out of the body.</param>
    public static IReadOnlyList<string> Convert(INode root, Uri? baseAddress, string? title)
    {
        var converter = new HtmlToMarkdown(baseAddress, title);
        converter.Blocks(root);
        converter.Flush();
        return converter._blocks;
    }

    private void Blocks(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element && BlockTags.Contains(element.LocalName)) Block(element);
            else if (child is IElement { LocalName: "img" } image) { Flush(); AddImage(image, caption: null); }
            else _paragraph.Append(Inline(child));
        }
    }

    private void Block(IElement element)
    {
        Flush();
        switch (element.LocalName)
        {
            case "p" or "dt" or "dd":
                // A photo set inside a paragraph comes before the paragraph's words.
                if (element.QuerySelector("img") is not null) Images(element, caption: null);
                _paragraph.Append(Inline(element));
                Flush();
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var heading = Squeeze(Inline(element));
                if (heading.Length > 0 && !IsTitle(element)) Add(new string('#', Math.Clamp(element.LocalName[1] - '0', 2, 4)) + " " + heading);
                break;
            case "ul" or "ol":
                var number = 1;
                var items = element.Children.Where(c => c.LocalName == "li")
                    .Select(li => Inline(li).Trim()).Where(t => t.Length > 0)
                    .Select(t => (element.LocalName == "ol" ? $"{number++}." : "-") + " " + t);
                Add(string.Join('\n', items));
                break;
            case "blockquote":
                var quoted = Convert(element, _base, _title);
                Add(string.Join("\n>\n", quoted.Select(b => "> " + b.Replace("\n", "\n> ", StringComparison.Ordinal))));
                break;
            case "figure" when element.QuerySelector("img") is not null:
                Images(element, Squeeze(element.QuerySelector("figcaption")?.TextContent));
                break;
            case "table":
                Table(element);
                break;
            case "pre":
                Add("```\n" + element.TextContent.Replace("```", "'''", StringComparison.Ordinal).Trim('\n') + "\n```");
                break;
            case "hr":
                Add("* * *");
                break;
            default:
                Blocks(element);
                Flush();
                break;
        }
    }

    /// <summary>Papers often set a photo and its caption as a two-row table; a table of data stays a table.</summary>
    private void Table(IElement table)
    {
        if (table.QuerySelector("img") is not null)
        {
            var caption = string.Join(' ', table.QuerySelectorAll("td, th").Where(c => c.QuerySelector("img") is null).Select(c => Squeeze(c.TextContent)));
            Images(table, caption.Length == 0 ? null : caption);
            return;
        }
        var rows = table.QuerySelectorAll("tr")
            .Select(tr => tr.Children.Where(c => c.LocalName is "td" or "th").Select(c => Inline(c).Trim().Replace("|", "\\|", StringComparison.Ordinal)).ToList())
            .Where(cells => cells.Count > 0).ToList();
        if (rows.Count == 0) return;
        var width = rows.Max(r => r.Count);
        var lines = rows.Select(r => "| " + string.Join(" | ", r.Concat(Enumerable.Repeat("", width - r.Count))) + " |").ToList();
        lines.Insert(1, "|" + string.Concat(Enumerable.Repeat(" --- |", width)));
        Add(string.Join('\n', lines));
    }

    private void Images(IElement container, string? caption)
    {
        var images = container.QuerySelectorAll("img").ToList();
        if (images.Count == 0)
        {
            if (caption is { Length: > 0 }) Add(MarkdownText.Escape(caption));
            return;
        }
        for (var i = 0; i < images.Count; i++) AddImage(images[i], i == images.Count - 1 ? caption : null);
    }

    /// <summary>As a Markdown figure (<c>^^^</c>), which renders as figure and figcaption; no caption, a plain image.</summary>
    private void AddImage(IElement image, string? caption)
    {
        var source = SafeAddress(image.GetAttribute("data-src") ?? image.GetAttribute("data-original") ?? image.GetAttribute("src"));
        if (source is null)
        {
            if (caption is { Length: > 0 }) Add(MarkdownText.Escape(caption));
            return;
        }
        var alt = MarkdownText.Escape(Squeeze(image.GetAttribute("alt")));
        var picture = $"![{alt}]({source})";
        Add(caption is { Length: > 0 } ? $"^^^\n{picture}\n^^^ {MarkdownText.Escape(caption)}" : picture);
    }

    private string Inline(INode node)
    {
        switch (node)
        {
            case IText text:
                return MarkdownText.Escape(MarkdownText.WhiteSpaceAsSpace(text.Data));
            case IElement element when Dropped.Contains(element.LocalName):
                return "";
            case IElement { LocalName: "br" }:
                return "\\\n";
            case IElement { LocalName: "img" }:
                return "";
            case IElement element:
                var inner = string.Concat(element.ChildNodes.Select(Inline));
                return element.LocalName switch
                {
                    "strong" or "b" => MarkdownText.Wrap(inner, "**"),
                    "em" or "i" or "cite" => MarkdownText.Wrap(inner, "*"),
                    "code" => inner.Length == 0 ? "" : "`" + element.TextContent.Replace("`", "'", StringComparison.Ordinal) + "`",
                    "a" when SafeAddress(element.GetAttribute("href")) is { } href && inner.Trim().Length > 0 => MarkdownText.Wrap(inner, "[", $"]({href})"),
                    _ when BlockTags.Contains(element.LocalName) => " " + inner + " ",
                    _ => inner,
                };
            default:
                return "";
        }
    }

    private bool IsTitle(IElement heading) =>
        _title is not null && string.Equals(Squeeze(heading.TextContent), _title, StringComparison.OrdinalIgnoreCase);

    /// <summary>An absolute http(s) address (relative ones resolved against the page's own), made safe for Markdown's parentheses.</summary>
    private string? SafeAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        Uri? uri = Uri.TryCreate(address.Trim(), UriKind.Absolute, out var absolute) ? absolute
            : _base is not null && Uri.TryCreate(_base, address.Trim(), out var resolved) ? resolved : null;
        if (uri is null || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return null;
        // A relative address on a page that does not say where it was: there is nothing it could point to.
        if (uri.Host.Equals(UnknownOrigin.Host, StringComparison.OrdinalIgnoreCase)) return null;
        return uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
    }

    private void Add(string block)
    {
        var trimmed = block.Trim();
        if (trimmed.Trim('\\').Trim().Length > 0) _blocks.Add(trimmed.TrimEnd('\\').TrimEnd());
    }

    private void Flush()
    {
        if (_paragraph.Length == 0) return;
        var text = _paragraph.ToString();
        _paragraph.Clear();
        var paragraph = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" \\\n ", "\\\n", StringComparison.Ordinal);
        // "2024. Năm…" or "3) …" opening a paragraph would start a numbered list.
        var digits = paragraph.TakeWhile(char.IsAsciiDigit).Count();
        if (digits > 0 && digits < paragraph.Length && paragraph[digits] is '.' or ')') paragraph = paragraph.Insert(digits, "\\");
        Add(paragraph);
    }

    private static string Text(IElement element) => Squeeze(element.TextContent);

    private static string Squeeze(string? text) => text is null ? "" : HtmlMetadata.Squeeze(text.Replace('\u00A0', ' '));
}
