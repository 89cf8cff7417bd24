namespace NewsArchive.Content.Files;

/// <summary>The 8-bit font encodings Vietnamese web pages used before Unicode.</summary>
public enum LegacyEncoding
{
    None,
    /// <summary>VNI-Windows (VNI-Times fonts): a letter followed by a mark byte; "Vieät Nam".</summary>
    VniWindows,
    /// <summary>TCVN3 or ABC (.VnTime fonts): one byte per letter, no capitals with tones; "ViÖt Nam".</summary>
    Tcvn3,
}
