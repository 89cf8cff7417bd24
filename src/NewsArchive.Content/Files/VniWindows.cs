using System.Text;

namespace NewsArchive.Content.Files;

/// <summary>
/// VNI-Windows, the encoding of the VNI-Times family of fonts: a base letter followed by one mark byte
/// ("a" + "ù" is á, "e" + "ä" is ệ), plus single bytes for đ, ư, ơ and the i and ỵ with tones.
/// Every capital has its code: the capital of a byte is the byte minus 0x20, as in Latin-1.
/// </summary>
internal static class VniWindows
{
    private const char CombiningCircumflex = '\u0302';
    private const char CombiningBreve = '\u0306';

    private enum Mark { Tone, Circumflex, Breve }

    // What the last letter written can still take: nothing, a tone, or also a circumflex (a e o) or breve (a).
    private enum Open { Nothing, ToneOnly, EorO, A }

    private static readonly Dictionary<char, (Mark Kind, char Tone)> Marks = BuildMarks();

    private static readonly Dictionary<char, char> Letters = BuildLetters();

    public static string ToUnicode(string text)
    {
        var result = new StringBuilder(text.Length + text.Length / 4);
        var open = Open.Nothing;
        foreach (var c in text)
        {
            if (Marks.TryGetValue(c, out var mark) && Fits(mark.Kind, open))
            {
                if (mark.Kind == Mark.Circumflex) result.Append(CombiningCircumflex);
                if (mark.Kind == Mark.Breve) result.Append(CombiningBreve);
                if (mark.Tone != '\0') result.Append(mark.Tone);
                open = mark.Tone == '\0' ? Open.ToneOnly : Open.Nothing;
            }
            else if (Letters.TryGetValue(c, out var letter))
            {
                result.Append(letter);
                open = letter is 'ư' or 'Ư' or 'ơ' or 'Ơ' ? Open.ToneOnly : Open.Nothing;
            }
            else
            {
                // A mark byte that follows no vowel it fits stays what it is: "é" in "café".
                result.Append(c);
                open = char.ToLowerInvariant(c) switch
                {
                    'a' => Open.A,
                    'e' or 'o' => Open.EorO,
                    'i' or 'u' or 'y' => Open.ToneOnly,
                    _ => Open.Nothing,
                };
            }
        }
        // The combining marks were written base first, circumflex or breve next, tone last: NFC composes them.
        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool Fits(Mark kind, Open open) => kind switch
    {
        Mark.Circumflex => open is Open.A or Open.EorO,
        Mark.Breve => open is Open.A,
        _ => open is not Open.Nothing,
    };

    private static Dictionary<char, (Mark, char)> BuildMarks()
    {
        // Columns: no tone, sắc, huyền, hỏi, ngã, nặng. Lower-case bytes; the tone row has no "no tone".
        const string Tones = "\0\u0301\u0300\u0309\u0303\u0323";
        (Mark Kind, string Bytes)[] rows =
        [
            (Mark.Tone, "\0ùøûõï"),
            (Mark.Circumflex, "âáàåãä"),
            (Mark.Breve, "êéèúüë"),
        ];

        var marks = new Dictionary<char, (Mark, char)>();
        foreach (var (kind, bytes) in rows)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == '\0') continue;
                marks.Add(bytes[i], (kind, Tones[i]));
                marks.Add(Capital(bytes[i]), (kind, Tones[i]));
            }
        }
        return marks;
    }

    private static Dictionary<char, char> BuildLetters()
    {
        // í and ì are the same bytes as in Latin-1, so they need no entry.
        (char Byte, char Letter)[] lower = [('ñ', 'đ'), ('ö', 'ư'), ('ô', 'ơ'), ('æ', 'ỉ'), ('ó', 'ĩ'), ('ò', 'ị'), ('î', 'ỵ')];

        var letters = new Dictionary<char, char>();
        foreach (var (b, letter) in lower)
        {
            letters.Add(b, letter);
            letters.Add(Capital(b), char.ToUpperInvariant(letter));
        }
        return letters;
    }

    private static char Capital(char lowerByte) => (char)(lowerByte - 0x20);
}
