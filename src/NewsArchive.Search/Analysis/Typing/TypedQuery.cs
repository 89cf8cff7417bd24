using System.Text;

namespace NewsArchive.Search.Analysis.Typing;

/// <summary>
/// A whole query typed with the input method off: <c>Hoaf binhf thuyr ddieenj</c> → Hòa bình thủy điện. Whether
/// to search with the decoded text is for the caller to judge from the hits.
/// </summary>
public static class TypedQuery
{
    /// <summary>
    /// Decodes each whitespace-separated token, VNI when it has a digit and Telex otherwise; tokens that do not
    /// decode, and the whitespace between, are kept as typed. True when at least one token changed.
    /// </summary>
    public static bool TryDecode(string? text, out string decoded) => TryDecode(text, static (_, _) => true, out decoded);

    /// <summary>As <see cref="TryDecode(string?, out string)"/>, decoding only tokens that <paramref name="accept"/> (typed, syllable) agrees to.</summary>
    public static bool TryDecode(string? text, Func<string, string, bool> accept, out string decoded)
    {
        decoded = text ?? "";
        if (string.IsNullOrEmpty(text)) return false;

        var result = new StringBuilder(text.Length);
        var changed = false;
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            var space = char.IsWhiteSpace(text[i]);
            while (i < text.Length && char.IsWhiteSpace(text[i]) == space) i++;
            var run = text[start..i];
            if (!space && (run.Any(char.IsAsciiDigit) ? VniDecoder.TryDecode(run, out var syllable) : TelexDecoder.TryDecode(run, out syllable))
                && accept(run, syllable))
            {
                result.Append(syllable);
                changed = true;
            }
            else
            {
                result.Append(run);
            }
        }
        if (changed) decoded = result.ToString();
        return changed;
    }
}
