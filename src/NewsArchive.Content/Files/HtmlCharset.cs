using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Content.Files;

/// <summary>
/// A saved web page's bytes to text by the charset the page declares (<c>&lt;meta charset&gt;</c> or the
/// <c>http-equiv</c> Content-Type), as the browser that showed it did; then cleaned like any article file.
/// </summary>
internal static partial class HtmlCharset
{
    /// <summary>Browsers look for the declaration in the first 1,024 bytes; saved pages sometimes push it a bit further.</summary>
    private const int SniffBytes = 4096;

    public static DecodedText Decode(byte[] bytes)
    {
        var hasBom = bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        var declared = hasBom ? null : Declared(bytes);
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage) return TextDecoding.DecodeWithOrigin(bytes);
        return TextDecoding.FromUnicode(declared.GetString(bytes));
    }

    /// <summary>The encoding named in the page's head, or null when none is named or the name is unknown.</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = Charset().Match(meta.Value);
            if (charset.Success) return ByName(charset.Groups["name"].Value);
        }
        return null;
    }

    private static Encoding? ByName(string name)
    {
        // As the HTML standard says: pages labelled Latin-1 or ASCII were always shown as Windows-1252.
        var label = name.Trim().ToLowerInvariant();
        if (label is "iso-8859-1" or "latin1" or "us-ascii" or "ascii") label = "windows-1252";
        if (label is "utf8") label = "utf-8";
        // Windows-1258 (Vietnamese) and the other code pages come from the provider; asked directly, so the
        // process-wide registry stays as it is.
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(label);
        if (encoding is not null) return encoding;
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-.:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
