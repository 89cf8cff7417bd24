using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Search.Analysis.Typing;

/// <summary>
/// Reads a word typed in Telex with the input method off: <c>vieetj</c> → việt, <c>nguowif</c> → người,
/// <c>ddaij</c> → đại. Marks double the vowel (aa ee oo) or follow it as w (aw ow uw, w alone for ư); tones are
/// s f r x j anywhere after the first vowel; dd at the start is đ.
/// </summary>
public static class TelexDecoder
{
    /// <summary>
    /// The syllable <paramref name="token"/> spells in Telex, when it used at least one Telex key and the result is
    /// a valid syllable (see <see cref="VietnameseSyllable.IsValid"/>).
    /// </summary>
    public static bool TryDecode(string? token, out string syllable)
    {
        syllable = "";
        return Keystrokes.IsTypable(token, digits: false)
            && Keystrokes.TryFinish(token!, Keystrokes.Read(token!, Step), out syllable);
    }

    private static IEnumerable<Keystrokes.Reading> Step(Keystrokes.Reading r, char key)
    {
        var asKey = key switch
        {
            's' => Keystrokes.AddTone(r, Tone.Acute),
            'f' => Keystrokes.AddTone(r, Tone.Grave),
            'r' => Keystrokes.AddTone(r, Tone.Hook),
            'x' => Keystrokes.AddTone(r, Tone.Tilde),
            'j' => Keystrokes.AddTone(r, Tone.Dot),
            'a' or 'e' or 'o' => Keystrokes.AddMark(r, VowelMark.Circumflex, key.ToString()),
            'w' => Keystrokes.AddHornToBoth(r)
                .Concat(Keystrokes.AddMark(r, VowelMark.Horn, "ou"))
                .Concat(Keystrokes.AddMark(r, VowelMark.Breve, "a"))
                .Append(r with { Letters = r.Letters + 'ư', Marked = true }),
            // Only dd at the very start: a later d would turn English "did" into "đi".
            'd' when r.Letters == "d" => Keystrokes.AddStroke(r),
            _ => [],
        };
        return asKey.Concat(Keystrokes.Letter(r, key));
    }
}
