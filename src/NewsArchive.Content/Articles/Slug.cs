using System.Globalization;
using System.Text;

namespace NewsArchive.Content.Articles;

/// <summary>URL names of articles: lowercase ASCII words joined by '-', Vietnamese letters without their marks.</summary>
public static class Slug
{
    public const int MaxLength = 80;
    private const string Fallback = "bai-viet";

    public static string FromTitle(string title)
    {
        var plain = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // đ has no combining mark to drop: decomposition leaves it, so it is mapped by hand.
            var ch = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            plain.Append(ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? ch : ' ');
        }

        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            var needed = slug.Length == 0 ? word.Length : word.Length + 1;
            if (slug.Length + needed > MaxLength)
            {
                // A single word longer than the limit is cut rather than dropped.
                if (slug.Length == 0) slug.Append(word.AsSpan(0, MaxLength));
                break;
            }
            if (slug.Length > 0) slug.Append('-');
            slug.Append(word);
        }
        return slug.Length == 0 ? Fallback : slug.ToString();
    }
}
