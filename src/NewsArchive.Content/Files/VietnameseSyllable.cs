using System.Text;

namespace NewsArchive.Content.Files;

/// <summary>
/// Whether a word is spelled like one Vietnamese syllable: an initial consonant, a rhyme, at most one tone,
/// and only sắc or nặng before a final c, ch, p or t. Loose on rare spellings, strict on letters.
/// </summary>
internal static class VietnameseSyllable
{
    private const char Acute = '\u0301';
    private const char DotBelow = '\u0323';

    private static readonly string[] Initials =
        ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];

    // Vowel nucleus, then the endings it takes ("-" for none, i o u y when the rhyme ends in a glide).
    private static readonly HashSet<string> Rhymes = BuildRhymes(
        ("a", "- c ch i m n ng nh o p t u y"),
        ("ă", "c m n ng p t"),
        ("â", "c m n ng p t u y"),
        ("e", "- c m n ng o p t"),
        ("ê", "- ch m n nh p t u"),
        ("i", "- a ch m n nh p t u"),
        ("iê", "c m n ng p t u"),
        ("yê", "m n ng t u"),
        ("o", "- c i m n ng p t"),
        ("oo", "c ng"),
        ("ô", "- c i m n ng p t"),
        ("ơ", "- i m n p t"),
        ("u", "- a c i m n ng p t"),
        ("uô", "c i m n ng t"),
        ("ư", "- a c i m n ng t u"),
        ("ươ", "c i m n ng p t u"),
        ("y", "-"),
        ("oa", "- c ch i m n ng nh o p t y"),
        ("oă", "c m n ng t"),
        ("oe", "- n o t"),
        ("uâ", "n ng t y"),
        ("uê", "- ch n nh"),
        ("uơ", "-"),
        ("uy", "- a ch n nh p t u"),
        ("uyê", "n t"));

    public static bool IsValid(string word)
    {
        var tone = '\0';
        var letters = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case '\u0300' or Acute or '\u0303' or '\u0309' or DotBelow:
                    if (tone != '\0') return false;
                    tone = c;
                    break;
                case '\u0302' or '\u0306' or '\u031B': // circumflex, breve, horn
                    letters.Append(c);
                    break;
                default:
                    var lower = char.ToLowerInvariant(c);
                    if (lower is not ((>= 'a' and <= 'z') or 'đ') || lower is 'f' or 'j' or 'w' or 'z') return false;
                    letters.Append(lower);
                    break;
            }
        }

        var bare = letters.ToString().Normalize(NormalizationForm.FormC);
        foreach (var initial in Initials)
        {
            if (!bare.StartsWith(initial, StringComparison.Ordinal)) continue;
            var rhyme = bare[initial.Length..];
            if (Rhymes.Contains(rhyme) && (!EndsInStop(rhyme) || tone is Acute or DotBelow)) return true;
        }
        return false;
    }

    private static bool EndsInStop(string rhyme) =>
        rhyme.EndsWith('c') || rhyme.EndsWith("ch", StringComparison.Ordinal) || rhyme.EndsWith('p') || rhyme.EndsWith('t');

    private static HashSet<string> BuildRhymes(params (string Nucleus, string Endings)[] rows)
    {
        var rhymes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (nucleus, endings) in rows)
        {
            foreach (var ending in endings.Split(' '))
                rhymes.Add(ending == "-" ? nucleus : nucleus + ending);
        }
        return rhymes;
    }
}
