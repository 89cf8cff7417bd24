using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>
/// Whatever bytes an article file holds, reading it gives an article or a reason to skip it; nothing else
/// escapes, so no file can stop the load of the others.
/// </summary>
public sealed class RandomFileProperties : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleFileReader _reader = new(new SourceDirectory(), maxFileBytes: 64 * 1024);
    private int _count;

    public void Dispose() => _folder.Dispose();

    private bool ReadsOrRefuses(string name, byte[] bytes)
    {
        var path = _folder.WriteBytes($"{++_count}-{name}", bytes);
        try
        {
            var article = _reader.Read(path, name, out _);
            return !string.IsNullOrWhiteSpace(article.Title) && !article.Title.Any(char.IsControl);
        }
        catch (ArticleFileException ex)
        {
            return !string.IsNullOrWhiteSpace(ex.Message);
        }
    }

    [Property(MaxTest = 200)]
    public bool Any_bytes_as_a_text_file(byte[] bytes) => ReadsOrRefuses("bai.txt", bytes ?? []);

    [Property(MaxTest = 200)]
    public bool Any_bytes_as_a_markdown_file(byte[] bytes) => ReadsOrRefuses("bai.md", bytes ?? []);

    [Property(MaxTest = 200, Arbitrary = [typeof(ArticleLike)])]
    public bool Any_text_shaped_like_an_article(string text, bool markdown) =>
        ReadsOrRefuses(markdown ? "bai.md" : "bai.txt", Encoding.UTF8.GetBytes(text));

    /// <summary>Text made of the pieces articles are made of, and of the characters that break parsers.</summary>
    public static class ArticleLike
    {
        private static readonly string[] Pieces =
        [
            "---\n", "title: ", "date: ", "2023-02-30", "2024-05-05T23:30:00+07:00", "slug: ", "source_url: ", "javascript:alert(1)",
            "https://baoangiang.com.vn/a.html", "authors: [", "]", "tags: ", "{", "}", "\"", "'", ": ", "- ", "&a", "*a", "!!binary ",
            "Nguồn Báo An Giang: ", "Theo ", "MỸ LINH – TRUNG HIẾU", "Sáng 28/2, ", "Ngày 5/5/2023", "Tiêu đề bài viết", "Nội dung.",
            "\n", "\n\n", "\r\n", "\t", " ", "\u0000", "\u0007", "\u001B", "\u000C", "\u0085", "\uFFFE", "\uFEFF", "\u0301", "\u200D",
            "🇻🇳", "# ", "> ", ">>>>>>>>>>", "[a](", "<script>", "```", "|a|b|\n|-|-|\n", "Vieät Nam", "ViÖt Nam",
        ];

        public static Arbitrary<string> Texts() => Gen.ArrayOf(Gen.Elements(Pieces)).Select(string.Concat).ToArbitrary();
    }
}
