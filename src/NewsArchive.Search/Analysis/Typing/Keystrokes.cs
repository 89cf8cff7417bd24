using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Search.Analysis.Typing;

/// <summary>
/// What Telex and VNI have in common: a key is either a letter or an instruction to mark an earlier vowel, add a
/// tone or make đ. The same key can often be read both ways (the second o of <c>ngoeo</c> is a letter, of
/// <c>tooi</c> a mark), so every reading is followed and only those that spell a valid syllable survive.
/// </summary>
internal static class Keystrokes
{
    /// <summary>Long enough for any syllable typed with its keys (<c>nghieengx</c>, <c>truwowngf</c>).</summary>
    private const int MaxLength = 16;

    /// <summary>The letters so far (lowercase, toneless), the tone, and whether any key marked a letter.</summary>
    internal readonly record struct Reading(string Letters, Tone Tone, bool Marked)
    {
        public static readonly Reading Empty = new("", Tone.None, false);

        public bool HasVowel => Letters.Any(VietnameseLetters.IsVowel);
    }

    /// <summary>Whether the token is made only of ASCII letters (and digits, for VNI), with at least one letter.</summary>
    public static bool IsTypable(string? token, bool digits)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength) return false;
        var letter = false;
        foreach (var c in token)
        {
            if (char.IsAsciiLetter(c)) letter = true;
            else if (!(digits && char.IsAsciiDigit(c))) return false;
        }
        return letter;
    }

    /// <summary>Follows every reading of the token one key at a time, dropping duplicates as it goes.</summary>
    public static List<Reading> Read(string token, Func<Reading, char, IEnumerable<Reading>> step)
    {
        var readings = new List<Reading> { Reading.Empty };
        foreach (var key in token.ToLowerInvariant())
            readings = readings.SelectMany(r => step(r, key)).Distinct().ToList();
        return readings;
    }

    /// <summary>
    /// Letters no Vietnamese syllable contains (f j w z) are never read as letters, so that, say, <c>as</c> cannot
    /// hide a literal s behind a tone.
    /// </summary>
    public static IEnumerable<Reading> Letter(Reading r, char key)
    {
        if (char.IsAsciiLetterLower(key) && key is not ('f' or 'j' or 'w' or 'z'))
            yield return r with { Letters = r.Letters + key };
    }

    /// <summary>The tone, when a vowel has been typed and no tone yet.</summary>
    public static IEnumerable<Reading> AddTone(Reading r, Tone tone)
    {
        if (r.Tone == Tone.None && r.HasVowel) yield return r with { Tone = tone };
    }

    /// <summary>One reading for each unmarked vowel among <paramref name="bases"/> the mark could go on.</summary>
    public static IEnumerable<Reading> AddMark(Reading r, VowelMark mark, string bases)
    {
        for (var i = r.Letters.Length - 1; i >= 0; i--)
        {
            if (VietnameseLetters.TryParts(r.Letters[i], out var letter, out var had, out _) && had == VowelMark.None
                && bases.Contains(letter) && VietnameseLetters.Compose(letter, mark, Tone.None) is { } marked)
                yield return r with { Letters = Replace(r.Letters, i, marked.ToString()), Marked = true };
        }
    }

    /// <summary>One horn key on <c>uo</c> marks both letters (người), as Unikey and VNI keyboards do.</summary>
    public static IEnumerable<Reading> AddHornToBoth(Reading r)
    {
        var at = r.Letters.IndexOf("uo", StringComparison.Ordinal);
        if (at >= 0) yield return r with { Letters = Replace(r.Letters, at, "ươ"), Marked = true };
    }

    /// <summary>đ from the d it follows; only an initial d can be one.</summary>
    public static IEnumerable<Reading> AddStroke(Reading r)
    {
        if (r.Letters.Length > 0 && r.Letters[0] == 'd') yield return r with { Letters = "đ" + r.Letters[1..], Marked = true };
    }

    /// <summary>
    /// The first reading that used a key and spells a valid syllable, in the token's case. Readings are produced
    /// keys first, so where a key and a letter would both give a syllable the key wins.
    /// </summary>
    public static bool TryFinish(string token, List<Reading> readings, out string syllable)
    {
        foreach (var r in readings)
        {
            if (!r.Marked && r.Tone == Tone.None) continue;
            // English has many two-letter words that Telex reads as one toned vowel (as → á, of → ò, is → í):
            // two keys that only add a tone are taken as English. Marks (uw → ư, ee → ê) are kept.
            if (!r.Marked && token.Length <= 2) continue;
            var word = VietnameseSyllable.WithTone(r.Letters, r.Tone);
            if (!VietnameseSyllable.IsValid(word)) continue;
            syllable = InCaseOf(token, word);
            return true;
        }
        syllable = "";
        return false;
    }

    /// <summary>All capitals stay capitals; a capital first letter stays a capital.</summary>
    private static string InCaseOf(string token, string word)
    {
        if (token.Where(char.IsAsciiLetter).All(char.IsAsciiLetterUpper)) return word.ToUpperInvariant();
        return char.IsAsciiLetterUpper(token[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    private static string Replace(string text, int at, string with) =>
        string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + with.Length));
}
