using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Search.Analysis;

/// <summary>
/// Every way a word typed without diacritics could be spelled with them: each vowel with each mark it can take,
/// one tone on one vowel, d as d or đ. "dao" gives dao, đao, đạo, dào, dâu… (most are not words; the index
/// says which are).
/// </summary>
public static class AccentedSpellings
{
    // A plain word longer than this, or with more vowels, is not one Vietnamese syllable.
    private const int MaxLength = 7;
    private const int MaxVowels = 3;

    private static readonly Tone[] Tones = [Tone.Grave, Tone.Acute, Tone.Hook, Tone.Tilde, Tone.Dot];

    /// <summary>The canonical spellings whose folded form is <paramref name="folded"/> (itself included).</summary>
    public static IReadOnlyList<string> Of(string folded)
    {
        if (folded.Length is 0 or > MaxLength || !folded.All(char.IsAsciiLetterLower)) return [folded];
        var vowels = folded.Count(c => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y');
        if (vowels is 0 or > MaxVowels) return [folded];

        var spellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var marked in WithMarks(folded.ToCharArray(), 0))
        {
            spellings.Add(VietnameseText.Canonical(marked));
            for (var i = 0; i < marked.Length; i++)
            {
                if (!VietnameseLetters.IsVowel(marked[i])) continue;
                foreach (var tone in Tones)
                {
                    var toned = marked.ToCharArray();
                    toned[i] = VietnameseLetters.WithTone(toned[i], tone);
                    spellings.Add(VietnameseText.Canonical(new string(toned)));
                }
            }
        }
        return spellings.ToList();
    }

    /// <summary>
    /// The canonical spellings whose toneless form is <paramref name="toneless"/>: the word with each tone (itself
    /// included). "viêt" gives viêt, việt, viết, viềt, viểt, viễt (the index says which are words).
    /// </summary>
    public static IReadOnlyList<string> WithTones(string toneless) =>
        Enum.GetValues<Tone>().Select(tone => VietnameseText.Canonical(VietnameseSyllable.WithTone(toneless, tone))).Distinct().ToList();

    private static IEnumerable<string> WithMarks(char[] letters, int from)
    {
        if (from == letters.Length)
        {
            yield return new string(letters);
            yield break;
        }
        var original = letters[from];
        foreach (var option in MarkOptions(original, from))
        {
            letters[from] = option;
            foreach (var word in WithMarks(letters, from + 1)) yield return word;
        }
        letters[from] = original;
    }

    private static char[] MarkOptions(char letter, int position) => letter switch
    {
        'a' => ['a', 'ă', 'â'],
        'e' => ['e', 'ê'],
        'o' => ['o', 'ô', 'ơ'],
        'u' => ['u', 'ư'],
        'd' when position == 0 => ['d', 'đ'],
        _ => [letter],
    };
}
