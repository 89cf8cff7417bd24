using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Search.Analysis.Typing;

/// <summary>
/// Reads a word typed in VNI with the input method off: <c>vie65t</c> → việt, <c>d9a5i</c> → đại. Digits after
/// the letters they change: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 6 â ê ô, 7 ơ ư, 8 ă, 9 đ.
/// </summary>
public static class VniDecoder
{
    /// <summary>
    /// The syllable <paramref name="token"/> spells in VNI, when it used at least one VNI digit and the result is a
    /// valid syllable (see <see cref="VietnameseSyllable.IsValid"/>).
    /// </summary>
    public static bool TryDecode(string? token, out string syllable)
    {
        syllable = "";
        return Keystrokes.IsTypable(token, digits: true)
            && Keystrokes.TryFinish(token!, Keystrokes.Read(token!, Step), out syllable);
    }

    private static IEnumerable<Keystrokes.Reading> Step(Keystrokes.Reading r, char key) => key switch
    {
        '1' => Keystrokes.AddTone(r, Tone.Acute),
        '2' => Keystrokes.AddTone(r, Tone.Grave),
        '3' => Keystrokes.AddTone(r, Tone.Hook),
        '4' => Keystrokes.AddTone(r, Tone.Tilde),
        '5' => Keystrokes.AddTone(r, Tone.Dot),
        '6' => Keystrokes.AddMark(r, VowelMark.Circumflex, "aeo"),
        '7' => Keystrokes.AddHornToBoth(r).Concat(Keystrokes.AddMark(r, VowelMark.Horn, "ou")),
        '8' => Keystrokes.AddMark(r, VowelMark.Breve, "a"),
        '9' => Keystrokes.AddStroke(r),
        // 0 (remove marks) and other digits: no reading, so the token is not VNI.
        _ => Keystrokes.Letter(r, key),
    };
}
