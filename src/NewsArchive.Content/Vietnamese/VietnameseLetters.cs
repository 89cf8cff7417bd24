using System.Text;
using System.Collections.Frozen;

namespace NewsArchive.Content.Vietnamese;

/// <summary>
/// Every lowercase Vietnamese vowel as base letter, vowel mark and tone, and back. Built from one table so that
/// composing, stripping tones and folding agree, whatever globalization mode the process runs in.
/// </summary>
public static class VietnameseLetters
{
    // Rows: a ă â e ê i o ô ơ u ư y; columns: no tone, huyền, sắc, hỏi, ngã, nặng.
    private const string Table = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ";

    private static readonly (char Base, VowelMark Mark)[] RowBases =
    [
        ('a', VowelMark.None), ('a', VowelMark.Breve), ('a', VowelMark.Circumflex), ('e', VowelMark.None),
        ('e', VowelMark.Circumflex), ('i', VowelMark.None), ('o', VowelMark.None), ('o', VowelMark.Circumflex),
        ('o', VowelMark.Horn), ('u', VowelMark.None), ('u', VowelMark.Horn), ('y', VowelMark.None),
    ];

    private static readonly FrozenDictionary<char, (char Base, VowelMark Mark, Tone Tone)> Parts;
    private static readonly FrozenDictionary<(char Base, VowelMark Mark, Tone Tone), char> Letters;

    static VietnameseLetters()
    {
        var parts = new Dictionary<char, (char, VowelMark, Tone)>();
        var rows = Table.Split(' ');
        for (var row = 0; row < rows.Length; row++)
        {
            for (var tone = 0; tone < 6; tone++)
                parts[rows[row][tone]] = (RowBases[row].Base, RowBases[row].Mark, (Tone)tone);
        }
        Parts = parts.ToFrozenDictionary();
        Letters = parts.ToFrozenDictionary(p => p.Value, p => p.Key);
    }

    /// <summary>Whether <paramref name="c"/> is a lowercase Vietnamese vowel, with or without marks.</summary>
    public static bool IsVowel(char c) => Parts.ContainsKey(c);

    public static bool TryParts(char c, out char baseLetter, out VowelMark mark, out Tone tone)
    {
        if (Parts.TryGetValue(c, out var p))
        {
            (baseLetter, mark, tone) = p;
            return true;
        }
        (baseLetter, mark, tone) = (c, VowelMark.None, Tone.None);
        return false;
    }

    /// <summary>The letter with these parts, or null when Vietnamese has no such letter (a breve on e, say).</summary>
    public static char? Compose(char baseLetter, VowelMark mark, Tone tone) =>
        Letters.TryGetValue((baseLetter, mark, tone), out var c) ? c : null;

    public static Tone ToneOf(char c) => Parts.TryGetValue(c, out var p) ? p.Tone : Tone.None;

    public static char WithTone(char c, Tone tone) =>
        Parts.TryGetValue(c, out var p) && Letters.TryGetValue((p.Base, p.Mark, tone), out var toned) ? toned : c;

    /// <summary>The combining mark's meaning, for decomposed (NFD) text and keyboards that type marks separately.</summary>
    public static bool TryCombining(char mark, out VowelMark vowelMark, out Tone tone)
    {
        (vowelMark, tone) = mark switch
        {
            '\u0306' => (VowelMark.Breve, Tone.None),
            '\u0302' => (VowelMark.Circumflex, Tone.None),
            '\u031B' => (VowelMark.Horn, Tone.None),
            '\u0300' or '\u0340' => (VowelMark.None, Tone.Grave),
            '\u0301' or '\u0341' => (VowelMark.None, Tone.Acute),
            '\u0309' => (VowelMark.None, Tone.Hook),
            '\u0303' => (VowelMark.None, Tone.Tilde),
            '\u0323' => (VowelMark.None, Tone.Dot),
            _ => (VowelMark.None, Tone.None),
        };
        return mark is '\u0306' or '\u0302' or '\u031B' or '\u0300' or '\u0340' or '\u0301' or '\u0341' or '\u0309' or '\u0303' or '\u0323';
    }

    /// <summary>Composes base letters with following combining marks (NFD, or marks typed in any order).</summary>
    public static string Compose(string text)
    {
        if (!NeedsComposing(text)) return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            var upper = char.IsUpper(c);
            var lower = upper ? char.ToLowerInvariant(c) : c;
            if (!TryParts(lower, out var baseLetter, out var mark, out var tone))
            {
                result.Append(c);
                i++;
                continue;
            }

            var next = i + 1;
            while (next < text.Length && TryCombining(text[next], out var addMark, out var addTone))
            {
                if (addMark != VowelMark.None) mark = addMark;
                if (addTone != Tone.None) tone = addTone;
                next++;
            }

            if (next > i + 1 && Compose(baseLetter, mark, tone) is { } composed)
                result.Append(upper ? char.ToUpperInvariant(composed) : composed);
            else
                result.Append(text, i, next - i);
            i = next;
        }
        return result.ToString();
    }

    private static bool NeedsComposing(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F') return true;
        }
        return false;
    }
}
