using System.Text;
using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Content.Files;

/// <summary>
/// Finds and repairs Vietnamese written in a legacy font encoding. Both methods read characters that are the
/// Windows-1252 reading of the legacy bytes: what such a file decodes to, and equally what text copied from a
/// page set in a VNI or TCVN3 font looks like once saved as UTF-8.
/// </summary>
public static class LegacyVietnamese
{
    private const int MinimumWords = 3;
    private const double MinimumShareConverted = 0.8;
    private const double MinimumShareGained = 1.0 / 3;

    // Plenty for a verdict, and keeps an 8 MB file from costing seconds.
    private const int MaximumWordsWeighed = 2000;

    /// <summary>The legacy encoding the text is written in, or None; None whenever in doubt.</summary>
    /// <remarks>
    /// The rule, for each encoding in turn:
    /// <list type="number">
    /// <item>Any letter or combining mark past Latin-1 (ư ơ ă đ ạ ế, œ, Cyrillic...) means the text is already
    /// Unicode: None. Legacy bytes read as Windows-1252 give ASCII, Latin-1 and punctuation only.</item>
    /// <item>Take the words the conversion would change (the first 2,000 are enough), and count those that
    /// are a well-formed Vietnamese syllable after it (see <see cref="VietnameseSyllable"/>) and those that
    /// already were one before it.</item>
    /// <item>The encoding fits when at least 3 of those words become syllables, at least 80% of them do, and
    /// syllables gain at least 3 and at least a third of the changed words.</item>
    /// </list>
    /// Why this holds: in real legacy text nearly every changed word becomes a syllable, and few were one
    /// before ("Vieät", "ViÖt"). Accents in French or German words almost never convert into a syllable
    /// ("café" to "cafộ", "Müller" to "Mỹller"); a few stray symbols (©, ½) are too few words; and Vietnamese
    /// already in Unicode that happens to stay within Latin-1 ("cà phê", "bánh mì") was a syllable before the
    /// conversion as much as after, so it gains nothing.
    /// </remarks>
    public static LegacyEncoding Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Composed(text);
        if (!MightBeLegacy(text)) return LegacyEncoding.None;

        var vni = Weigh(text, LegacyEncoding.VniWindows);
        var tcvn3 = Weigh(text, LegacyEncoding.Tcvn3);
        return (vni.Fits, tcvn3.Fits) switch
        {
            (true, false) => LegacyEncoding.VniWindows,
            (false, true) => LegacyEncoding.Tcvn3,
            (true, true) when vni.Gained != tcvn3.Gained => vni.Gained > tcvn3.Gained ? LegacyEncoding.VniWindows : LegacyEncoding.Tcvn3,
            _ => LegacyEncoding.None,
        };
    }

    /// <summary>The text converted from the legacy encoding to Unicode, composed (NFC).</summary>
    public static string Convert(string text, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ToUnicode(Composed(text), encoding).Normalize(NormalizationForm.FormC);
    }

    private static string ToUnicode(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.VniWindows => VniWindows.ToUnicode(text),
        LegacyEncoding.Tcvn3 => Tcvn3.ToUnicode(text),
        _ => text,
    };

    private static string Composed(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    private static bool MightBeLegacy(string text)
    {
        var latin1 = false;
        foreach (var c in text)
        {
            if (c is >= '\u00A0' and <= '\u00FF') latin1 = true;
            else if (c > '\u00FF' && (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark))
                return false;
        }
        return latin1;
    }

    private readonly record struct Evidence(int Changed, int Before, int After)
    {
        public int Gained => After - Before;

        public bool Fits =>
            After >= MinimumWords
            && After >= MinimumShareConverted * Changed
            && Gained >= Math.Max(MinimumWords, MinimumShareGained * Changed);
    }

    private static Evidence Weigh(string text, LegacyEncoding encoding)
    {
        int changed = 0, before = 0, after = 0;
        foreach (var word in WordsBeyondAscii(text, encoding))
        {
            var converted = ToUnicode(word, encoding);
            if (converted == word) continue;
            changed++;
            if (VietnameseSyllable.IsValid(word)) before++;
            if (VietnameseSyllable.IsValid(converted)) after++;
            if (changed == MaximumWordsWeighed) break;
        }
        return new(changed, before, after);
    }

    // Runs of letters, counting as letters the TCVN3 bytes that Latin-1 calls symbols (¸ for á, § for Đ).
    // Words of ASCII letters only are the same in every encoding and are skipped.
    private static IEnumerable<string> WordsBeyondAscii(string text, LegacyEncoding encoding)
    {
        var start = -1;
        var beyondAscii = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inWord = char.IsAsciiLetter(c)
                || (c is >= '\u00A0' and <= '\u00FF' && (char.IsLetter(c) || (encoding == LegacyEncoding.Tcvn3 && Tcvn3.Encodes(c))));
            if (inWord)
            {
                if (start < 0) start = i;
                beyondAscii |= c > '\u007F';
            }
            else if (start >= 0)
            {
                if (beyondAscii) yield return text[start..i];
                start = -1;
                beyondAscii = false;
            }
        }
    }
}
