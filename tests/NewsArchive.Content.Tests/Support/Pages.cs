using System.Text;
using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;

namespace NewsArchive.Content.Tests.Support;

/// <summary>The saved news pages under Fixtures/Pages, as bytes and as the articles they become.</summary>
public static class Pages
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static Article Read(string name) => Read(Bytes(name));

    public static Article Read(byte[] bytes) => HtmlArticleParser.Parse("trang.html", bytes, new SourceDirectory(), out _);

    public static Article Html(string html) => Read(Encoding.UTF8.GetBytes(html));

    /// <summary>
    /// A page as a Windows-1258 site served it: base letters with their shape (â, ơ, ư) as one byte, tone marks as
    /// combining bytes after them, which is how that code page writes Vietnamese.
    /// </summary>
    public static byte[] Windows1258(string name)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        var decomposed = File.ReadAllText(Path.Combine(Folder, name)).Normalize(NormalizationForm.FormD);
        var text = new StringBuilder();
        var letter = -1;
        foreach (var c in decomposed)
        {
            // Shape marks (circumflex, breve, horn) join their letter again, even past a tone mark ("ệ" is e, dot, hat).
            if (c is '\u0302' or '\u0306' or '\u031B' && letter >= 0
                && (text[letter] + c.ToString()).Normalize(NormalizationForm.FormC) is { Length: 1 } joined)
            {
                text[letter] = joined[0];
                continue;
            }
            if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) letter = text.Length;
            text.Append(c);
        }
        return encoding.GetBytes(text.ToString());
    }
}
