using System.Globalization;
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
            // Papers put their tag before the sapo in the body ("(Dân trí) - ", "TTO - ") but not in the description.
            var comparable = Comparable(plain);
            if (wanted.Length > 0 && comparable.Contains(wanted, StringComparison.Ordinal) && comparable.Length <= wanted.Length + 40)
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
            // Vietnamese sites that write the time for people write it day first: 05/12/2024 is the fifth of December.
            return DateTime.TryParseExact(published.Trim(), PeopleFormats, Vietnamese, DateTimeStyles.AllowWhiteSpaces, out var local) && local.Year is >= 1800 and <= 2200
                ? new DateTimeOffset(local, VietnamTime.Offset)
                : null;
        }
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly string[] PeopleFormats = ["d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy, H:mm", "H:mm d/M/yyyy", "d-M-yyyy", "d-M-yyyy H:mm"];

    /// <summary>
    /// Takes off a line near the top that only dates the page ("Cập nhật: 02/09/2023", "Thứ năm, 21/11/2024, 08:30
    /// (GMT+7)"): page furniture, not article text. Returns the day it names.
    /// </summary>
    public static DateOnly? TakeDateLine(List<string> blocks)
    {
        for (var i = 0; i < Math.Min(LeadSearchBlocks, blocks.Count); i++)
        {
            var plain = Plain(blocks[i]);
            var match = DayMonthYear().Match(plain);
            if (plain.Length > 60 || !match.Success) continue;
            blocks.RemoveAt(i);
            var (day, month, year) = (int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture));
            return month is >= 1 and <= 12 && year is >= 1800 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }
        return null;
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

    [GeneratedRegex(@"(?<![0-9])(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4})(?![0-9])")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<!\\)\*+")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\p{P}\p{S}])")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"\s*(?:[,;&/–—]|\s-\s|\bvà\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();
}
