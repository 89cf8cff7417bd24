using System.Text;
using Lucene.Net.Analysis.Miscellaneous;
using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Search.Analysis;

/// <summary>
/// The word-level spelling rules shared by indexing and querying: composing decomposed marks, one place for the
/// tone in <c>oa oe uy</c>, one spelling of <c>i/y</c> where both are the same word, and the folded tiers.
/// Input is one lowercase token.
/// </summary>
public static class VietnameseText
{
    private static readonly string[] ValidFinals = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    /// <summary>Initials after which <c>y</c> and <c>i</c> spell the same word (kĩ/kỹ, lí/lý, mĩ/mỹ, tỉ/tỷ, hi/hy, sĩ/sỹ).</summary>
    private static readonly string[] IyInitials = ["k", "l", "m", "t", "h", "s"];

    /// <summary>Composes base letters with following combining marks (NFD, or marks typed in any order).</summary>
    public static string Compose(string text) => VietnameseLetters.Compose(text);

    /// <summary>The exact tier's form: composed, tone placed the one canonical way, i/y unified.</summary>
    public static string Canonical(string token)
    {
        var word = Compose(token);
        if (!Syllable.TryParse(word, out var syllable)) return word;
        return UnifyIy(PlaceTone(syllable)).ToString();
    }

    /// <summary>The toneless tier's form: vowel marks and đ kept, tones dropped.</summary>
    public static string StripTones(string canonical)
    {
        var chars = canonical.ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = VietnameseLetters.WithTone(chars[i], Tone.None);
        return new string(chars);
    }

    /// <summary>The folded tier's form: plain ASCII letters, đ as d.</summary>
    public static string Fold(string canonical)
    {
        var ascii = true;
        var chars = canonical.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (VietnameseLetters.TryParts(c, out var baseLetter, out _, out _)) chars[i] = baseLetter;
            else if (c == 'đ') chars[i] = 'd';
            else if (c > 127) ascii = false;
        }
        if (ascii) return new string(chars);

        // Letters of other languages (names, loanwords): Lucene's table folds them.
        var output = new char[chars.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(chars, 0, output, 0, chars.Length);
        return new string(output, 0, length);
    }

    public static Typed Classify(string canonical)
    {
        var typed = Typed.Plain;
        foreach (var c in canonical)
        {
            if (VietnameseLetters.TryParts(c, out _, out var mark, out var tone))
            {
                if (tone != Tone.None) return Typed.Tones;
                if (mark != VowelMark.None) typed = Typed.MarksOnly;
            }
            else if (c == 'đ')
            {
                typed = Typed.MarksOnly;
            }
        }
        return typed;
    }

    /// <summary>
    /// Old style (hòa, thủy, khỏe) and new style (hoà, thuỷ, khoẻ) differ only in open <c>oa oe uy</c>; the tone
    /// goes on the first vowel there, and on the second when a final consonant follows (hoàn, thuyền).
    /// </summary>
    private static Syllable PlaceTone(Syllable s)
    {
        if (s.Vowels.Length != 2) return s;
        VietnameseLetters.TryParts(s.Vowels[0], out var first, out var firstMark, out var firstTone);
        VietnameseLetters.TryParts(s.Vowels[1], out var second, out var secondMark, out var secondTone);
        if (firstMark != VowelMark.None || secondMark != VowelMark.None) return s;
        if (!((first, second) is ('o', 'a') or ('o', 'e') or ('u', 'y'))) return s;

        var tone = firstTone != Tone.None ? firstTone : secondTone;
        if (tone == Tone.None) return s;
        var onFirst = s.Final.Length == 0;
        var vowels = string.Concat(
            VietnameseLetters.Compose(first, VowelMark.None, onFirst ? tone : Tone.None),
            VietnameseLetters.Compose(second, VowelMark.None, onFirst ? Tone.None : tone));
        return s with { Vowels = vowels };
    }

    private static Syllable UnifyIy(Syllable s)
    {
        if (s.Final.Length != 0 || s.Vowels.Length != 1 || !IyInitials.Contains(s.Initial)) return s;
        VietnameseLetters.TryParts(s.Vowels[0], out var letter, out var mark, out var tone);
        if (letter != 'y' || mark != VowelMark.None) return s;
        return s with { Vowels = VietnameseLetters.Compose('i', VowelMark.None, tone)!.Value.ToString() };
    }

    /// <summary>A word split as initial consonants, vowels and final consonants; qu and gi count as consonants.</summary>
    private readonly record struct Syllable(string Initial, string Vowels, string Final)
    {
        public static bool TryParse(string word, out Syllable syllable)
        {
            syllable = default;
            var start = word.StartsWith("qu", StringComparison.Ordinal) ? 2
                : word.StartsWith("gi", StringComparison.Ordinal) && word.Length > 2 && VietnameseLetters.IsVowel(word[2]) ? 2
                : 0;
            while (start < word.Length && !VietnameseLetters.IsVowel(word[start]))
            {
                if (!IsConsonant(word[start])) return false;
                start++;
            }
            var end = start;
            while (end < word.Length && VietnameseLetters.IsVowel(word[end])) end++;
            if (end == start) return false;

            var final = word[end..];
            if (!ValidFinals.Contains(final)) return false;
            syllable = new Syllable(word[..start], word[start..end], final);
            return true;
        }

        public override string ToString() => Initial + Vowels + Final;

        private static bool IsConsonant(char c) => c is (>= 'a' and <= 'z') or 'đ';
    }
}
