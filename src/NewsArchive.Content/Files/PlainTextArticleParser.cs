using System.Text.RegularExpressions;
using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>
/// A plain-text dump like the An Giang report: title on the first line, paragraphs between blank lines,
/// short unpunctuated lines as photo captions, a trailing byline and source line; optional front matter on top.
/// </summary>
public static partial class PlainTextArticleParser
{
    private const int MaxCaptionLength = 300;

    public static Article Parse(string id, string text, SourceDirectory sources)
    {
        var (front, rest) = FrontMatter.Split(text);
        var (titleLine, blocks) = Blocks(rest);
        if (titleLine is null) throw new ArticleFileException("the file has no text");
        // With a title in front matter, a different first line is the opening of the body, not a second title.
        if (front.Text("title") is { } frontTitle && frontTitle != titleLine) blocks.Insert(0, titleLine);

        var (sourceLine, authors) = PlainTextTrailer.TakeFrom(blocks);
        var body = new PlainTextBody(blocks.Select((b, i) => new TextBlock(IsCaption(blocks, i) ? TextBlockKind.Caption : TextBlockKind.Paragraph, b)).ToList());

        var opening = body.Blocks.FirstOrDefault(b => b.Kind == TextBlockKind.Paragraph)?.Text ?? "";
        var day = Dateline.Find(opening, rest);
        var date = day is { } d ? VietnamTime.StartOfDay(d) : (DateTimeOffset?)null;

        var fromFront = front.Text("title");
        return ArticleFields.Build(id, front, fromFront ?? titleLine, body, sources, sourceLine, authors, date,
            fromFront is null ? "the first line, read as the title," : "the title");
    }

    /// <summary>Paragraphs: runs of non-blank lines. The first line of all is the title, even without a blank line after it.</summary>
    private static (string? Title, List<string> Paragraphs) Blocks(string text)
    {
        var runs = BlankLines().Split(text.Replace("\r\n", "\n").Replace('\r', '\n'))
            .Select(run => run.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList())
            .Where(lines => lines.Count > 0)
            .ToList();
        if (runs.Count == 0) return (null, []);

        var title = runs[0][0];
        runs[0].RemoveAt(0);
        // Dumps wrap lines anywhere, so the lines of one paragraph are joined with spaces.
        return (title, runs.Where(lines => lines.Count > 0).Select(lines => string.Join(' ', lines)).ToList());
    }

    /// <summary>A caption sits between paragraphs, is short, and does not end like a sentence.</summary>
    private static bool IsCaption(List<string> blocks, int index)
    {
        var text = blocks[index];
        return index > 0 && index < blocks.Count - 1
               && text.Length <= MaxCaptionLength
               && !EndsLikeSentence(text);
    }

    private static bool EndsLikeSentence(string text) => text[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '"' or '”' or '’' or '»';

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();
}
