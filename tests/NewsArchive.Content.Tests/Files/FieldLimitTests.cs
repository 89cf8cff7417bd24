using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>
/// One rule for every format: a title over 500 characters, more than 20 authors or 50 tags, a name or tag over
/// 100 characters or a summary over 2,000 is refused, naming the field and the limit.
/// </summary>
public sealed class FieldLimitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly string LongTitle = string.Join(' ', Enumerable.Repeat("Mùa nước nổi", 60));

    private static readonly string Paragraphs = string.Join("\n\n", Enumerable.Repeat("Người dân miền Tây đón mùa nước nổi với nhiều sản vật, từ cá linh đến bông điên điển vàng rực.", 5));

    private static string Page(string title, string head = "") =>
        $"<html><head><meta charset=\"utf-8\">{head}</head><body><h1>{title}</h1><article>"
        + string.Concat(Paragraphs.Split("\n\n").Select(p => $"<p>{p}</p>")) + "</article></body></html>";

    private ArticleFileException Refused(string name, string text) =>
        Assert.Throws<ArticleFileException>(() => new ArticleFileReader(new SourceDirectory()).Read(_folder.Write(name, text), name, out _));

    [Theory]
    [InlineData("bai.md")]
    [InlineData("bai.txt")]
    [InlineData("bai.html")]
    public void A_title_over_500_characters_is_refused_in_every_format(string name)
    {
        var text = name switch
        {
            "bai.md" => $"---\ntitle: {LongTitle}\n---\n{Paragraphs}\n",
            "bai.txt" => $"{LongTitle}\n\n{Paragraphs}\n",
            _ => Page(LongTitle),
        };

        var ex = Refused(name, text);

        Assert.Contains($"{LongTitle.Length:N0} characters long, over the limit of 500 for a title", ex.Message.Replace('.', ','), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dump_whose_first_line_is_megabytes_long_is_refused_not_served_as_a_title()
    {
        var ex = Refused("mot-dong.txt", string.Concat(Enumerable.Repeat("Một câu rất dài không xuống dòng. ", 150_000)));

        Assert.StartsWith("the first line, read as the title,", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bai.md")]
    [InlineData("bai.txt")]
    public void Too_many_authors_too_many_tags_and_a_long_summary_are_refused(string name)
    {
        var authors = string.Join(", ", Enumerable.Range(1, 21).Select(i => $"Phóng viên {i}"));
        var tags = string.Join(", ", Enumerable.Range(1, 51).Select(i => $"chủ đề {i}"));
        var summary = string.Join(' ', Enumerable.Repeat("Một câu tóm tắt.", 150));

        Assert.Contains("21 authors, over the limit of 20", Refused(name, $"---\ntitle: Tiêu đề\nauthors: [{authors}]\n---\nTiêu đề\n\n{Paragraphs}\n").Message, StringComparison.Ordinal);
        Assert.Contains("51 tags, over the limit of 50", Refused(name, $"---\ntitle: Tiêu đề\ntags: [{tags}]\n---\nTiêu đề\n\n{Paragraphs}\n").Message, StringComparison.Ordinal);
        Assert.Contains("summary is 2,549 characters long", Refused(name, $"---\ntitle: Tiêu đề\nsummary: {summary}\n---\nTiêu đề\n\n{Paragraphs}\n").Message, StringComparison.Ordinal);
        Assert.Contains("an author's name is 150 characters", Refused(name, $"---\ntitle: Tiêu đề\nauthor: {new string('A', 150)}\n---\nTiêu đề\n\n{Paragraphs}\n").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_too_many_authors_is_refused_like_a_file()
    {
        var authors = string.Concat(Enumerable.Range(1, 21).Select(i => $"<meta name=\"author\" content=\"Phóng viên {i}\">"));

        Assert.Contains("21 authors, over the limit of 20", Refused("bai.html", Page("Mùa nước nổi", authors)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_an_overlong_description_is_refused_for_its_summary()
    {
        var description = $"<meta name=\"description\" content=\"{string.Join(' ', Enumerable.Repeat("Một câu tóm tắt.", 150))}\">";

        Assert.Contains("summary is 2,549 characters long", Refused("bai.html", Page("Mùa nước nổi", description)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_of_500_characters_is_still_an_article()
    {
        var title = new string('a', 490) + " cuối bài";

        var article = new ArticleFileReader(new SourceDirectory()).Read(_folder.Write("bai.md", $"---\ntitle: {title}\n---\nNội dung.\n"), "bai.md", out _);

        Assert.Equal(title.Length, article.Title.Length);
    }

    [Fact]
    public void A_dangling_link_is_refused_as_a_link_to_nothing()
    {
        var link = _folder.PathOf("lien-ket.md");
        File.CreateSymbolicLink(link, _folder.PathOf("da-xoa.md"));

        var ex = Assert.Throws<ArticleFileException>(() => new ArticleFileReader(new SourceDirectory()).Read(link, "lien-ket.md", out _));

        Assert.Contains("which does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("da-xoa.md", ex.Message, StringComparison.Ordinal);
    }
}
