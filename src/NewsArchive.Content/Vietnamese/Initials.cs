namespace NewsArchive.Content.Vietnamese;

/// <summary>
/// Initial consonants as sounds, and how each is spelled before a given nucleus: /k/ is <c>k</c> before i e ê,
/// <c>c</c> elsewhere and <c>q</c> before the medial /w/; /ɣ/ and /ŋ/ take an h before i e ê (gh, ngh).
/// </summary>
internal static class Initials
{
    /// <summary>"" is the syllable without an initial; "k", "g" and "ng" are sounds with several spellings.</summary>
    public static readonly string[] Sounds =
    [
        "", "b", "k", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "p", "ph", "r", "s", "t", "th",
        "tr", "v", "x",
    ];

    /// <summary>Lips already rounded by b m p ph v leave no room for the medial /w/; gi takes none either.</summary>
    private static readonly string[] NoMedial = ["b", "m", "p", "ph", "v", "gi"];

    /// <summary>Initials after which the open vowel i may also be written y, as the same word (kĩ/kỹ, lí/lý, Vy).</summary>
    private static readonly string[] YSpelling = ["", "k", "l", "m", "t", "h", "s", "v"];

    /// <summary>Medial spelling: o before a ă e, u before the rest; q swallows it into qu.</summary>
    private static string MedialVowels(string nucleus) => nucleus switch
    {
        "a" or "ă" or "e" => "o" + nucleus,
        "i" => "uy",
        "iê" => "uyê",
        "ia" => "uya",
        _ => "u" + nucleus,
    };

    /// <summary>The toneless spellings of one syllable, or none when spelling rules rule it out.</summary>
    public static IEnumerable<string> Spell(string initial, bool medial, string nucleus, string coda)
    {
        if (medial)
        {
            if (NoMedial.Contains(initial)) yield break;
            var vowels = MedialVowels(nucleus);
            if (initial == "k") yield return "qu" + vowels[1..] + coda;
            else if (nucleus != "ô") yield return initial + vowels + coda;
            yield break;
        }

        var front = nucleus[0] is 'i' or 'e' or 'ê';
        var spelled = initial switch
        {
            "k" => front ? "k" : "c",
            "g" => front ? "gh" : "g",
            "ng" => front ? "ngh" : "ng",
            _ => initial,
        };
        // Without an initial, iê is written yê (yên, yêu); after gi the i of the nucleus merges into it (gì, giếng).
        var written = initial switch
        {
            "" when nucleus == "iê" => "yê",
            "gi" when nucleus[0] == 'i' => nucleus[1..],
            _ => nucleus,
        };
        yield return spelled + written + coda;
        if (nucleus == "i" && coda.Length == 0 && YSpelling.Contains(initial)) yield return spelled + "y";
    }
}
