using System.Text.RegularExpressions;

namespace NewsArchive.Content.Files;

/// <summary>What a Markdown file without front matter says in its own text: the heading, the closing attribution.</summary>
internal static partial class MarkdownHeading
{
    public sealed record Titled(string Title, string Rest);

    /// <summary>The first level-1 heading outside code blocks, and the text without it (a title is not repeated in the body).</summary>
    public static Titled? TakeTitle(string markdown)
    {
        var lines = markdown.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var marker = trimmed[..3];
                fence = fence is null ? marker : fence == marker ? null : fence;
                continue;
            }
            if (fence is not null) continue;
            var match = LevelOne().Match(line);
            if (!match.Success) continue;
            var title = match.Groups["title"].Value.Trim();
            if (title.Length == 0) continue;
            var rest = string.Join('\n', lines.Take(i).Concat(lines.Skip(i + 1))).Trim('\n', '\r');
            return new Titled(title, rest);
        }
        return null;
    }

    /// <summary>Takes a closing source line and byline off the text, as the plain-text reader does.</summary>
    public static (string Text, PlainTextTrailer.SourceLine? Source, IReadOnlyList<string> Authors) TakeTrailer(string markdown)
    {
        var text = markdown.TrimEnd();
        var blocks = BlankLine().Split(text).Select(b => b.Trim()).ToList();
        var before = blocks.Count;
        var (source, authors) = PlainTextTrailer.TakeFrom(blocks);
        for (var taken = blocks.Count; taken < before; taken++)
        {
            var last = BlankLine().Matches(text).LastOrDefault();
            text = last is null ? "" : text[..last.Index].TrimEnd();
        }
        return (text, source, authors);
    }

    /// <summary>The opening paragraph's text, where a dateline would be.</summary>
    public static string FirstParagraph(string markdown) =>
        BlankLine().Split(markdown).Select(b => b.Trim()).FirstOrDefault(b => b.Length > 0 && !b.StartsWith('#') && !b.StartsWith('!')) ?? "";

    [GeneratedRegex(@"^ {0,3}#[ \t]+(?<title>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex LevelOne();

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n\s*")]
    private static partial Regex BlankLine();
}
