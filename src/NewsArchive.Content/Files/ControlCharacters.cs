using System.Buffers;
using System.Text;

namespace NewsArchive.Content.Files;

/// <summary>
/// Characters no article means: control characters other than tab and line breaks, and Unicode noncharacters
/// (U+FFFE and the like). Old dumps carry them (form feeds between pages, terminal escapes, bells); XML forbids
/// them, so one would break the feed and the sitemap, and .NET's normalisation refuses noncharacters outright.
/// Form feeds, vertical tabs and Unicode line and paragraph separators become line breaks; the rest are dropped.
/// </summary>
public static class ControlCharacters
{
    // Every character that sends a text the slow way, found in one vectorised pass: nearly every file has none.
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => IsSuspect(c) || IsJunk(c)).ToArray());

    public static string Remove(string text)
    {
        if (!text.AsSpan().ContainsAny(Suspects)) return text;
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (value is '\f' or '\v' or 0x85 or 0x2028 or 0x2029) kept.Append('\n');
            else if (!IsJunk(value)) kept.Append(rune);
        }
        return kept.ToString();
    }

    private static bool IsSuspect(char c) => c is (>= '\u007F' and <= '\u009F') or (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF' or '\u2028' or '\u2029' || char.IsSurrogate(c);

    private static bool IsJunk(int value) =>
        (value < 0x20 && value is not ('\t' or '\n' or '\r'))
        || value is >= 0x7F and <= 0x9F
        || value is >= 0xFDD0 and <= 0xFDEF
        || (value & 0xFFFE) == 0xFFFE; // U+FFFE, U+FFFF and the same two at the end of every plane
}
