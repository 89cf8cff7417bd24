using System.Text;

using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Search.Tests.Analysis.Typing;

/// <summary>Types a syllable the way a reader with the input method off would, in Telex or VNI.</summary>
internal static class Typist
{
    /// <summary>Each mark right after its vowel (aa, ow, dd), the tone key at the end: người → nguwowif.</summary>
    public static string Telex(string syllable) => Type(syllable, TelexMark, TelexTone, marksLast: false);

    /// <summary>Each mark digit right after its letter, the tone digit at the end: người → ngu7o72i.</summary>
    public static string Vni(string syllable) => Type(syllable, VniMark, VniTone, marksLast: false);

    /// <summary>Plain letters first, then the tone key, then the vowel mark keys: việt → vietje.</summary>
    public static string TelexToneFirst(string syllable) => Type(syllable, TelexMark, TelexTone, marksLast: true);

    /// <summary>Plain letters first, then the tone digit, then the vowel mark digits: việt → viet56.</summary>
    public static string VniToneFirst(string syllable) => Type(syllable, VniMark, VniTone, marksLast: true);

    private static string Type(string syllable, Func<char, VowelMark, string> markKey, Func<Tone, string> toneKey, bool marksLast)
    {
        var letters = new StringBuilder();
        var marks = new StringBuilder();
        var tone = Tone.None;
        foreach (var c in syllable)
        {
            var mark = VowelMark.None;
            var letter = c;
            if (VietnameseLetters.TryParts(c, out var baseLetter, out var vowelMark, out var letterTone))
            {
                (letter, mark) = (baseLetter, vowelMark);
                if (letterTone != Tone.None) tone = letterTone;
            }
            else if (c == 'đ')
            {
                letter = 'd';
            }
            var keys = c == 'đ' ? markKey('d', VowelMark.None) : mark == VowelMark.None ? "" : markKey(letter, mark);
            letters.Append(letter);
            // dd / d9 stays where it is typed: a later Telex d is not read as đ (it would make "did" into "đi").
            if (marksLast && c != 'đ') marks.Append(keys);
            else letters.Append(keys);
        }
        return marksLast ? letters + toneKey(tone) + marks : letters + toneKey(tone);
    }

    private static string TelexMark(char letter, VowelMark mark) => mark switch
    {
        VowelMark.Circumflex => letter.ToString(),
        VowelMark.Breve or VowelMark.Horn => "w",
        _ => "d",
    };

    private static string VniMark(char letter, VowelMark mark) => mark switch
    {
        VowelMark.Circumflex => "6",
        VowelMark.Horn => "7",
        VowelMark.Breve => "8",
        _ => "9",
    };

    private static string TelexTone(Tone tone) => tone switch
    {
        Tone.Acute => "s",
        Tone.Grave => "f",
        Tone.Hook => "r",
        Tone.Tilde => "x",
        Tone.Dot => "j",
        _ => "",
    };

    private static string VniTone(Tone tone) => tone switch
    {
        Tone.Acute => "1",
        Tone.Grave => "2",
        Tone.Hook => "3",
        Tone.Tilde => "4",
        Tone.Dot => "5",
        _ => "",
    };
}
