using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Content.Files;

/// <summary>
/// The lines that close a plain-text dump: the source line (<c>Nguồn An Giang: https://…</c>, <c>Theo Báo X</c>)
/// and the byline in capitals (<c>MỸ LINH – TRUNG HIẾU</c>), in either order. They are attribution, not body.
/// </summary>
public static partial class PlainTextTrailer
{
    private const int MaxTrailerLineLength = 160;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public sealed record SourceLine(string? Name, string? Url);

    /// <summary>Takes trailer lines off the end of <paramref name="blocks"/>; returns what they said.</summary>
    public static (SourceLine? Source, IReadOnlyList<string> Authors) TakeFrom(List<string> blocks)
    {
        SourceLine? source = null;
        IReadOnlyList<string> authors = [];
        for (var taken = 0; taken < 2 && blocks.Count > 1; taken++)
        {
            var last = blocks[^1];
            if (source is null && ParseSourceLine(last) is { } s) source = s;
            else if (authors.Count == 0 && ParseByline(last) is { Count: > 0 } names) authors = names;
            else break;
            blocks.RemoveAt(blocks.Count - 1);
        }
        return (source, authors);
    }

    public static SourceLine? ParseSourceLine(string line)
    {
        if (line.Length > MaxTrailerLineLength || line.Contains('\n')) return null;
        var match = SourcePattern().Match(line);
        if (!match.Success) return null;

        var name = match.Groups["name"].Value.Trim().Trim(':').Trim();
        var url = match.Groups["url"].Success ? match.Groups["url"].Value : null;
        // "Theo ông A, …" and "Nguồn vốn …" open ordinary sentences too; a source name is short and no sentence.
        if (name.Length > 60 || name.EndsWith('.') || name.Contains(',')) return null;
        if (url is null && (name.Length == 0 || (line.StartsWith("Nguồn", StringComparison.OrdinalIgnoreCase) && !line.Contains(':'))))
            return null;
        if (name.Length == 0 && url is null) return null;
        return new SourceLine(name.Length == 0 ? null : name, url);
    }

    public static IReadOnlyList<string>? ParseByline(string line)
    {
        if (line.Length > MaxTrailerLineLength || line.Contains('\n')) return null;
        var names = BylinePrefix().Replace(line, "");
        if (!names.Any(char.IsLetter) || names.Any(c => char.IsLetter(c) && !char.IsUpper(c)) || names.Any(char.IsDigit))
            return null;

        // "MINH ANH (TTXVN)": the agency in brackets is not an author.
        names = Bracketed().Replace(names, " ");
        var list = NameSeparator().Split(names)
            .Select(n => n.Trim(' ', '.'))
            .Where(n => n.Length > 0)
            .ToList();
        // A name is two to five syllables, each with a vowel: "HẾT" or "UBND TỈNH" are not bylines.
        if (list.Count == 0 || !list.All(IsPersonName)) return null;
        return list.Select(n => Vietnamese.TextInfo.ToTitleCase(n.ToLower(Vietnamese))).ToList();
    }

    private static bool IsPersonName(string name)
    {
        var syllables = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return syllables.Length is >= 2 and <= 5 && syllables.All(s => s.Any(c => "AĂÂEÊIOÔƠUƯY".Contains(Fold(c))));
    }

    private static char Fold(char c) => c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0];

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?:Nguồn|Theo)(?![\p{L}])\s*(?<name>[^\n]*?)\s*(?:(?::\s*|\s)(?<url>https?://\S+))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourcePattern();

    // "Bài, ảnh: MỸ LINH" and "Bài và ảnh: …" credit the same people.
    [GeneratedRegex(@"^[^:]{0,25}:\s*(?=\p{Lu})")]
    private static partial Regex BylinePrefix();

    [GeneratedRegex(@"\s*(?:[–—\-,;&/]|\bVÀ\b)\s*")]
    private static partial Regex NameSeparator();
}
