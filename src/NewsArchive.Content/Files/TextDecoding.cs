using System.Text;

namespace NewsArchive.Content.Files;

/// <summary>
/// Bytes of an article file to NFC text: UTF-8 with or without BOM, UTF-16 with BOM, and Vietnamese in a
/// legacy font encoding (VNI-Windows, TCVN3), whether as raw bytes or as mojibake saved as Unicode.
/// </summary>
public static class TextDecoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(false, false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(true, false, throwOnInvalidBytes: true);

    // In-box since .NET Core 3.0; asked for directly, so the process-wide encoding registry stays untouched.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available");

    /// <exception cref="ArticleFileException">The bytes are not text in any encoding read here.</exception>
    public static DecodedText DecodeWithOrigin(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bomLength, name) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3, "UTF-8"),
            [0xFF, 0xFE, ..] => (StrictUtf16Le, 2, "UTF-16"),
            [0xFE, 0xFF, ..] => (StrictUtf16Be, 2, "UTF-16"),
            _ => (StrictUtf8, 0, "UTF-8"),
        };

        string text;
        try
        {
            text = encoding.GetString(bytes[bomLength..]);
        }
        catch (DecoderFallbackException)
        {
            if (bomLength == 0 && FromLegacyBytes(bytes) is { } legacy) return legacy;
            throw new ArticleFileException($"the file is not valid {name} text");
        }

        return FromUnicode(text);
    }

    /// <summary>Text already decoded (by a web page's declared charset, say), made clean NFC Unicode the same way.</summary>
    /// <exception cref="ArticleFileException">The text holds NUL characters: it is binary.</exception>
    public static DecodedText FromUnicode(string text)
    {
        if (text.Contains('\0'))
            throw new ArticleFileException("the file looks binary (it contains NUL characters)");

        // Composed and decomposed Vietnamese must be the same text everywhere after this point.
        text = ControlCharacters.Remove(text).Normalize(NormalizationForm.FormC);

        // Valid Unicode whose text is itself legacy mojibake: copied from a page set in a VNI or TCVN3 font.
        var mojibake = LegacyVietnamese.Detect(text);
        return new DecodedText(LegacyVietnamese.Convert(text, mojibake), mojibake);
    }

    // Not UTF-8: an 8-bit legacy file is read as Windows-1252, the way its font's pages were shown, and kept
    // only if it is legacy Vietnamese. No such file holds NUL bytes (UTF-16 without a BOM does).
    private static DecodedText? FromLegacyBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0)) return null;
        var text = Windows1252.GetString(bytes);
        var legacy = LegacyVietnamese.Detect(text);
        return legacy == LegacyEncoding.None ? null : new DecodedText(ControlCharacters.Remove(LegacyVietnamese.Convert(text, legacy)), legacy);
    }
}
