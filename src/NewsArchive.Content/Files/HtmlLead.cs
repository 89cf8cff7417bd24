using System.Text.RegularExpressions;

namespace NewsArchive.Content.Files;

/// <summary>The parts of an extracted page that are not body text: the lead (sapo), the closing byline, the date.</summary>
internal static partial class HtmlLead
{
    /// <summary>The sapo sits within the first few blocks, if the extraction kept it.</summary>
    private const int LeadSearchBlocks = 3;

    /// <summary>
    /// The lead, taken out of the body when the extraction kept it there (it is shown above the body, not twice).
    /// The body's copy is preferred: a page's description is often cut short.
    /// </summary>
    public static string? Take(List<string> blocks, string? lead)
    {
        if (string.IsNullOrWhiteSpace(lead)) return null;
        var wanted = Comparable(lead).TrimEnd('.', '…').TrimEnd();
        for (var i = 0; i < Math.Min(LeadSearchBlocks, blocks.Count); i++)
        {
            var plain = Plain(blocks[i]);
            if (wanted.Length > 0 && Comparable(plain).StartsWith(wanted, StringComparison.Ordinal))
            {
                blocks.RemoveAt(i);
                return plain;
            }
        }
        return HtmlMetadata.Squeeze(lead);
    }

    /// <summary>A closing byline in capitals and a "Theo …" source line, as plain-text dumps end.</summary>
    public static (PlainTextTrailer.SourceLine? Source, IReadOnlyList<string> Authors) TakeTrailer(List<string> blocks)
    {
        var plain = blocks.Select(Plain).ToList();
        var (source, authors) = PlainTextTrailer.TakeFrom(plain);
        blocks.RemoveRange(plain.Count, blocks.Count - plain.Count);
        return (source, authors);
    }

    /// <summary>The page's machine-readable publication time; a malformed one counts as absent, not as a broken file.</summary>
    public static DateTimeOffset? Date(string? published)
    {
        if (string.IsNullOrWhiteSpace(published)) return null;
        try
        {
            return ArticleDates.Parse(published);
        }
        catch (ArticleFileException)
        {
            return DateTimeOffset.TryParse(published, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)
                   && parsed.Year is >= 1800 and <= 2200
                ? parsed
                : null;
        }
    }

    /// <summary>The extraction's byline ("Minh Anh - Hà Phương", "MINH ANH"), as names; nothing when it is not a short list of names.</summary>
    public static IReadOnlyList<string> Byline(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline)) return [];
        var text = HtmlMetadata.Squeeze(byline);
        if (PlainTextTrailer.ParseByline(text) is { Count: > 0 } capitals) return capitals;
        if (text.Length > 100 || text.Any(char.IsDigit)) return [];
        return Separator().Split(text).Select(n => n.Trim()).Where(n => n.Length is >= 2 and <= 60).Distinct().ToList();
    }

    /// <summary>A Markdown block's words, without emphasis markers or escapes.</summary>
    public static string Plain(string block) =>
        HtmlMetadata.Squeeze(Escaped().Replace(Emphasis().Replace(block, ""), "$1"));

    private static string Comparable(string text) => HtmlMetadata.Squeeze(text).ToLowerInvariant();

    [GeneratedRegex(@"(?<!\\)\*+")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\p{P}\p{S}])")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"\s*(?:[,;&/–—]|\s-\s|\bvà\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();
}
