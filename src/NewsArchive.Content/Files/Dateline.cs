using System.Text.RegularExpressions;

namespace NewsArchive.Content.Files;

/// <summary>
/// The day a plain-text report happened, read from its opening words (<c>Sáng 28/2, …</c>, <c>Ngày 28/2/2023, …</c>).
/// Reports often leave the year out; it is taken from the years the text itself mentions.
/// </summary>
public static partial class Dateline
{
    // The dateline must open the report, maybe after a place or agency tag ("HÀ NỘI – "); later dates are history.
    private const int OpeningLength = 120;

    public static DateOnly? Find(string openingParagraph, string wholeText)
    {
        var opening = openingParagraph.Length > OpeningLength ? openingParagraph[..OpeningLength] : openingParagraph;
        var match = DatelinePattern().Match(opening);
        if (!match.Success) return null;

        var day = int.Parse(match.Groups["d"].Value);
        var month = int.Parse(match.Groups["m"].Value);
        if (match.Groups["y"].Success) return TryDate(int.Parse(match.Groups["y"].Value), month, day);

        var year = ImpliedYear(wholeText, month, day);
        return year is null ? null : TryDate(year.Value, month, day);
    }

    /// <summary>
    /// The year the text talks about most (a later one on a tie); moved one on when that would put the report
    /// before a full date the text cites, since a report comes after the documents it cites.
    /// </summary>
    internal static int? ImpliedYear(string text, int month, int day)
    {
        var mentions = new List<int>();
        DateOnly? latestCited = null;
        foreach (Match m in YearMention().Matches(text)) mentions.Add(int.Parse(m.Groups["y"].Value));
        foreach (Match m in FullDate().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].Value);
            mentions.Add(year);
            if (TryDate(year, int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value)) is { } cited
                && (latestCited is null || cited > latestCited))
                latestCited = cited;
        }
        if (mentions.Count == 0) return null;

        var likely = mentions.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        if (latestCited is { } cutoff && TryDate(likely, month, day) is { } candidate && candidate < cutoff)
            likely++;
        return likely;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1800 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(
        @"(?<![\p{L}0-9])(?:rạng\s+sáng|sáng|trưa|chiều|tối|đêm|ngày|hôm\s+nay|hôm\s+qua)(?:\s+(?:nay|qua|hôm\s+nay))?\s*\(?\s*(?:ngày\s+)?(?<d>[0-9]{1,2})\s*[/\-.]\s*(?<m>[0-9]{1,2})(?:\s*[/\-.]\s*(?<y>[0-9]{4}))?(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"(?<![\p{L}0-9])năm\s+(?<y>(?:18|19|20|21)[0-9][0-9])(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearMention();

    [GeneratedRegex(@"(?<![0-9])(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>(?:18|19|20|21)[0-9][0-9])(?![0-9])")]
    private static partial Regex FullDate();
}
