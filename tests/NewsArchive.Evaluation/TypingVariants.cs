using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;


namespace NewsArchive.Evaluation;

/// <summary>
/// The ways readers type the same query (VIETNAMESE-SEARCH.md), made from the query as given. Written apart from
/// the product's own analysis, with .NET's Unicode tables, so the evaluation does not grade itself.
/// </summary>
internal static partial class TypingVariants
{
    // The keys for each combining mark, as the two common schemes type them after the letter or the word.
    private static readonly Dictionary<char, string> Telex = new()
    {
        ['\u0302'] = "=",
        ['\u0306'] = "w",
        ['\u031B'] = "w",
        ['\u0300'] = "f",
        ['\u0301'] = "s",
        ['\u0309'] = "r",
        ['\u0303'] = "x",
        ['\u0323'] = "j",
    };

    private static readonly Dictionary<char, string> Vni = new()
    {
        ['\u0302'] = "6",
        ['\u0306'] = "8",
        ['\u031B'] = "7",
        ['\u0300'] = "2",
        ['\u0301'] = "1",
        ['\u0309'] = "3",
        ['\u0303'] = "4",
        ['\u0323'] = "5",
    };

    public static readonly (string Name, Func<string, string> Make)[] All =
    [
        ("as given", q => q),
        ("no diacritics", NoDiacritics),
        ("no tones", NoTones),
        ("decomposed (NFD)", q => q.Normalize(NormalizationForm.FormD)),
        ("other tone style", q => EachWord(q, OtherToneStyle)),
        ("i/y swapped", q => EachWord(q, SwapIy)),
        ("Telex, input method off", q => EachWord(q, w => Keys(w, Telex))),
        ("VNI, input method off", q => EachWord(q, w => Keys(w, Vni))),
    ];



    private static readonly char[] Tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    private static readonly char[] VowelMarks = ['\u0302', '\u0306', '\u031B'];

    public static string NoDiacritics(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string NoTones(string text) =>
        new string(text.Normalize(NormalizationForm.FormD).Where(c => !Tones.Contains(c)).ToArray()).Normalize(NormalizationForm.FormC);

    /// <summary>Moves the tone between the two vowels of an open oa/oe/uy syllable: hòa ↔ hoà, thủy ↔ thuỷ.</summary>
    private static string OtherToneStyle(string word)
    {
        if (word.StartsWith("qu", StringComparison.OrdinalIgnoreCase)) return word;
        var letters = word.Select(c => c.ToString().Normalize(NormalizationForm.FormD)).ToList();
        var vowels = Enumerable.Range(0, letters.Count).Where(i => "aeiouyAEIOUY".Contains(letters[i][0])).ToList();
        if (vowels.Count != 2 || vowels[1] != vowels[0] + 1 || vowels[1] != letters.Count - 1) return word;
        var pair = $"{char.ToLowerInvariant(letters[vowels[0]][0])}{char.ToLowerInvariant(letters[vowels[1]][0])}";
        if (pair is not ("oa" or "oe" or "uy") || letters.Any(l => l.IndexOfAny(VowelMarks) >= 0)) return word;

        var toned = letters[vowels[0]].IndexOfAny(Tones) >= 0 ? vowels[0] : letters[vowels[1]].IndexOfAny(Tones) >= 0 ? vowels[1] : -1;
        if (toned < 0) return word;
        var other = toned == vowels[0] ? vowels[1] : vowels[0];
        var tone = letters[toned].First(c => Tones.Contains(c));
        letters[toned] = letters[toned].Replace(tone.ToString(), "");
        letters[other] += tone;
        return string.Concat(letters).Normalize(NormalizationForm.FormC);
    }

    /// <summary>kĩ ↔ kỹ, lí ↔ lý, mĩ ↔ mỹ, tỉ ↔ tỷ, hi ↔ hy, sĩ ↔ sỹ.</summary>
    private static string SwapIy(string word)
    {
        var d = word.Normalize(NormalizationForm.FormD);
        var match = IyWord().Match(d);
        if (!match.Success) return word;
        var vowel = match.Groups[2].Value;
        var swapped = vowel switch { "i" => "y", "y" => "i", "I" => "Y", "Y" => "I", _ => vowel };
        return (match.Groups[1].Value + swapped + match.Groups[3].Value).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A word as typed with the input method off: each vowel mark right after its letter (Telex doubles the letter
    /// for â ê ô, shown as "="), đ as dd or d9, and the tone key at the end of the word.
    /// </summary>
    private static string Keys(string word, Dictionary<char, string> scheme)
    {
        var typed = new StringBuilder();
        var tone = "";
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is 'đ' or 'Đ') typed.Append(c == 'đ' ? "d" : "D").Append(scheme == Telex ? (c == 'đ' ? "d" : "D") : "9");
            else if (Tones.Contains(c)) tone = scheme[c];
            else if (scheme.TryGetValue(c, out var key)) typed.Append(key == "=" ? typed[^1].ToString() : key);
            else typed.Append(c);
        }
        return typed.Append(tone).ToString();
    }

    private static string EachWord(string text, Func<string, string> change) => Word().Replace(text, m => change(m.Value));

    [GeneratedRegex(@"^([klmthsKLMTHS])([iyIY])([\u0300\u0301\u0303\u0309\u0323]?)$")]
    private static partial Regex IyWord();

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Word();
}
