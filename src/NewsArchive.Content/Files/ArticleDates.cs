using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Content.Files;

/// <summary>Reads the <c>date:</c> of front matter: a date, or a date and time; no offset means Vietnam time.</summary>
public static partial class ArticleDates
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    public static DateTimeOffset Parse(string text)
    {
        var value = text.Trim();
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (HasOffset().IsMatch(value))
        {
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, styles, out var withOffset) && IsPlausible(withOffset))
                return withOffset;
        }
        else if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, styles, out var local) && local.Year is >= 1800 and <= 2200)
        {
            return new DateTimeOffset(local, VietnamTime.Offset);
        }

        throw new ArticleFileException($"the date '{Truncate(value)}' is not a valid date (use 2023-02-28 or 2023-02-28T08:00:00+07:00)");
    }

    // News archives start with printing; a year like 0001 or 9999 is a typo, not a date to sort by.
    private static bool IsPlausible(DateTimeOffset moment) => moment.Year is >= 1800 and <= 2200;

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
