using System.Globalization;
using System.Text;

namespace NewsArchive.Search.Analysis.Typing;

/// <summary>
/// A whole query typed with the input method off: <c>Hoaf binhf thuyr ddieenj</c> → Hòa bình thủy điện. Whether
/// to search with the decoded text is for the caller to judge from the hits.
/// </summary>
public static class TypedQuery
{
    /// <summary>
    /// Decodes each word that <paramref name="accept"/> (typed, syllable) agrees to, VNI when it has a digit and
    /// Telex otherwise; words that do not decode, and everything between words, are kept as typed. True when at
    /// least one word changed.
    /// </summary>
    public static bool TryDecode(string? text, Func<string, string, bool> accept, out string decoded)
    {
        decoded = text ?? "";
        if (string.IsNullOrEmpty(text)) return false;

        var result = new StringBuilder(text.Length);
        var changed = false;
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            var word = IsWordChar(text[i]);
            while (i < text.Length && IsWordChar(text[i]) == word) i++;
            var run = text[start..i];
            // A word is a run of letters and digits, so quotation marks, brackets and a closing "!" around it
            // (`"haats cawngr"`, `Taif!`) do not hide it from decoding; they are kept as typed, and a quoted phrase
            // stays a phrase of the decoded words.
            if (word && (run.Any(char.IsAsciiDigit) ? VniDecoder.TryDecode(run, out var syllable) : TelexDecoder.TryDecode(run, out syllable))
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

    /// <summary>Letters, digits and combining marks: an accented word typed decomposed stays one word (and is not ASCII, so it stays as typed).</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
