namespace NewsArchive.Content.Vietnamese;

/// <summary>
/// Vietnamese rimes: a vowel nucleus and the codas spelling lets it take. The glides that close a syllable
/// (the i of <c>ai</c>, the y of <c>ay</c>, the o of <c>ao</c>, the u of <c>au</c>) count as codas here, so one
/// table covers every vowel cluster.
/// </summary>
internal static class Rimes
{
    /// <summary>Nuclei without the medial /w/. ă and â never end a syllable; iê, uô, ươ need a coda, ia ua ưa take none.</summary>
    public static readonly (string Nucleus, string[] Codas)[] Plain =
    [
        ("a", ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u"]),
        ("ă", ["c", "m", "n", "ng", "p", "t"]),
        ("â", ["c", "m", "n", "ng", "p", "t", "u", "y"]),
        ("e", ["", "c", "m", "n", "ng", "p", "t", "o"]),
        ("ê", ["", "ch", "m", "n", "nh", "p", "t", "u"]),
        ("i", ["", "ch", "m", "n", "nh", "p", "t", "u"]),
        ("o", ["", "c", "m", "n", "ng", "p", "t", "i"]),
        ("ô", ["", "c", "m", "n", "ng", "p", "t", "i"]),
        ("ơ", ["", "m", "n", "p", "t", "i"]),
        ("u", ["", "c", "m", "n", "ng", "p", "t", "i"]),
        ("ư", ["", "c", "ng", "t", "i", "u"]),
        ("iê", ["c", "m", "n", "ng", "p", "t", "u"]),
        ("ia", [""]),
        ("uô", ["c", "m", "n", "ng", "t", "i"]),
        ("ua", [""]),
        ("ươ", ["c", "m", "n", "ng", "p", "t", "i", "u"]),
        ("ưa", [""]),
    ];

    /// <summary>
    /// Nuclei after the medial /w/ (<c>hoa</c>, <c>thuế</c>, <c>quyết</c>), with the fewer codas they take.
    /// ô only takes c, and only after q (<c>quốc</c>): elsewhere <c>uôc</c> is the plain nucleus uô.
    /// </summary>
    public static readonly (string Nucleus, string[] Codas)[] AfterMedial =
    [
        ("a", ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o"]),
        ("ă", ["c", "m", "n", "ng", "t"]),
        ("e", ["", "n", "t", "o"]),
        ("â", ["n", "ng", "t", "y"]),
        ("ê", ["", "ch", "n", "nh"]),
        ("i", ["", "ch", "nh", "p", "t", "u"]),
        ("iê", ["n", "t"]),
        ("ia", [""]),
        ("ơ", [""]),
        ("ô", ["c"]),
    ];

    /// <summary>Stop codas end the syllable abruptly, and only the sắc and nặng tones fit them.</summary>
    public static bool IsStop(string coda) => coda is "c" or "ch" or "p" or "t";

    public static readonly Tone[] AllTones = [Tone.None, Tone.Grave, Tone.Acute, Tone.Hook, Tone.Tilde, Tone.Dot];

    public static readonly Tone[] StopTones = [Tone.Acute, Tone.Dot];
}
