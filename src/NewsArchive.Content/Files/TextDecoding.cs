using System.Text;

namespace NewsArchive.Content.Files;

/// <summary>Bytes of an article file to NFC text: UTF-8 with or without BOM, UTF-16 with BOM.</summary>
public static class TextDecoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(false, false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(true, false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
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
            throw new ArticleFileException($"the file is not valid {name} text");
        }

        if (text.Contains('\0'))
            throw new ArticleFileException("the file looks binary (it contains NUL characters)");

        // Composed and decomposed Vietnamese must be the same text everywhere after this point.
        return text.Normalize(NormalizationForm.FormC);
    }
}
