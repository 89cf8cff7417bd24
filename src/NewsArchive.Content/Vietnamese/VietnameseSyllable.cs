using System.Collections.Frozen;

namespace NewsArchive.Content.Vietnamese;

/// <summary>
/// Which strings are Vietnamese syllables, from the rules of the spelling: initial, optional medial /w/, nucleus,
/// coda and tone (see <see cref="Initials"/> and <see cref="Rimes"/>). Every syllable the rules allow is generated
/// once, so that <see cref="All"/> and <see cref="IsValid"/> can never disagree.
/// </summary>
/// <remarks>
/// Loanword rimes <c>oong</c>/<c>ooc</c> (xoong, soóc) are left out: Telex cannot tell them from ô. The rules admit
/// some syllables no dictionary lists (<c>pươn</c>); they are still pronounceable Vietnamese.
/// </remarks>
public static class VietnameseSyllable
{
    private static readonly string[] Ordered = Generate().ToArray();
    private static readonly FrozenSet<string> Known = Ordered.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every syllable, lowercase, composed, tone placed the old way (hòa, thủy).</summary>
    public static IEnumerable<string> All() => Ordered;

    /// <summary>
    /// Whether <paramref name="word"/> is one Vietnamese syllable, in any case, composed or not, with the tone in
    /// either the old (hòa, thủy) or the new (hoà, thuỷ) place.
    /// </summary>
    public static bool IsValid(string? word)
    {
        if (string.IsNullOrEmpty(word) || word.Length > 16) return false;
        var letters = VietnameseLetters.Compose(word).ToLowerInvariant().ToCharArray();

        var tone = Tone.None;
        var at = -1;
        for (var i = 0; i < letters.Length; i++)
        {
            var letterTone = VietnameseLetters.ToneOf(letters[i]);
            if (letterTone == Tone.None) continue;
            if (at >= 0) return false;
            (tone, at) = (letterTone, i);
            letters[i] = VietnameseLetters.WithTone(letters[i], Tone.None);
        }

        var toneless = new string(letters);
        if (at >= 0 && at != ToneIndex(toneless, newStyle: false) && at != ToneIndex(toneless, newStyle: true)) return false;
        return Known.Contains(WithTone(toneless, tone));
    }

    /// <summary>Puts <paramref name="tone"/> on the letter that carries it, the old way; the word is left as it is when it has no vowel.</summary>
    public static string WithTone(string toneless, Tone tone)
    {
        var at = ToneIndex(toneless, newStyle: false);
        if (tone == Tone.None || at < 0) return toneless;
        var letters = toneless.ToCharArray();
        letters[at] = VietnameseLetters.WithTone(letters[at], tone);
        return new string(letters);
    }

    /// <summary>
    /// Which letter carries the tone: the (last) vowel with a mark (thuế, người), else the last vowel before a coda
    /// (hoàn), else the middle of three (hoài, khuỷu) or the first of two (mía, hòa; the new style puts it on the
    /// a, e or y of open oa, oe, uy). The u of qu and the i of gi before a vowel are consonants (quý, già).
    /// </summary>
    internal static int ToneIndex(string toneless, bool newStyle)
    {
        var start = toneless.Length > 2 && toneless[..2] is "qu" or "gi" && VietnameseLetters.IsVowel(toneless[2]) ? 2 : 0;
        while (start < toneless.Length && !VietnameseLetters.IsVowel(toneless[start])) start++;
        var end = start;
        while (end < toneless.Length && VietnameseLetters.IsVowel(toneless[end])) end++;
        if (end == start) return -1;

        for (var i = end - 1; i >= start; i--)
        {
            if (VietnameseLetters.TryParts(toneless[i], out _, out var mark, out _) && mark != VowelMark.None) return i;
        }
        if (end < toneless.Length) return end - 1;
        return (end - start) switch
        {
            3 => start + 1,
            2 when newStyle && toneless[start..end] is "oa" or "oe" or "uy" => start + 1,
            _ => start,
        };
    }

    private static IEnumerable<string> Generate()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var initial in Initials.Sounds)
        {
            foreach (var (medial, rimes) in new[] { (false, Rimes.Plain), (true, Rimes.AfterMedial) })
            {
                foreach (var (nucleus, codas) in rimes)
                {
                    foreach (var coda in codas)
                    {
                        foreach (var toneless in Initials.Spell(initial, medial, nucleus, coda))
                        {
                            foreach (var tone in Rimes.IsStop(coda) ? Rimes.StopTones : Rimes.AllTones)
                            {
                                var syllable = WithTone(toneless, tone);
                                if (seen.Add(syllable)) yield return syllable;
                            }
                        }
                    }
                }
            }
        }
    }
}
