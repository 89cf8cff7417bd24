using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>Headlines and other fields with ": " in them are read as the writer meant; what is really broken is refused with the file's line number.</summary>
public sealed class ForgivingFrontMatterTests
{
    [Theory]
    [InlineData("Lỗi: dấu hai chấm")]
    [InlineData("Giá vàng hôm nay (21/11): Giá vàng đi ngang")]
    [InlineData("Phỏng vấn: \"Tôi sẽ trở lại\": lời hứa của HLV")]
    [InlineData("Chuyên đề: nhìn lại năm 2024:")]
    public void A_title_with_a_colon_is_read_whole(string title)
    {
        var article = Parse.Markdown($"---\ntitle: {title}\ndate: 2024-11-21\n---\nNội dung bài viết.\n");

        Assert.Equal(title, article.Title);
    }

    [Fact]
    public void Colons_are_read_in_every_known_field()
    {
        var article = Parse.Markdown("""
            ---
            title: Giá vàng hôm nay (21/11): Giá vàng đi ngang
            date: 2024-11-21T08:00:00+07:00
            source: Kinh tế: chuyên trang của Báo Sài Gòn
            source_url: https://baosaigon.example/gia-vang-21-11.html
            authors: [Minh Tâm: phóng viên, Hồng Nhung]
            tags: [Giá vàng: SJC, thị trường]
            summary: Sáng nay: vàng miếng đứng yên, vàng nhẫn tăng nhẹ.
            slug: gia-vang-21-11
            ---
            Nội dung bài viết.
            """);

        Assert.Equal("Giá vàng hôm nay (21/11): Giá vàng đi ngang", article.Title);
        Assert.Equal("Kinh tế: chuyên trang của Báo Sài Gòn", article.Source?.Name);
        Assert.Equal(["Minh Tâm: phóng viên", "Hồng Nhung"], article.Authors);
        Assert.Equal(["Giá vàng: SJC", "thị trường"], article.Tags);
        Assert.Equal("Sáng nay: vàng miếng đứng yên, vàng nhẫn tăng nhẹ.", article.Summary);
        Assert.Equal("gia-vang-21-11", article.Slug);
    }

    [Fact]
    public void A_comment_after_a_value_with_a_colon_is_still_a_comment()
    {
        var article = Parse.Markdown("---\ntitle: Lỗi: dấu hai chấm   # bắt buộc\n---\nNội dung.\n");

        Assert.Equal("Lỗi: dấu hai chấm", article.Title);
    }

    [Fact]
    public void A_colon_in_a_plain_text_dumps_front_matter_is_read_too()
    {
        var article = Parse.PlainText("---\ntitle: Giá xăng (21/11): tăng nhẹ\n---\nGiá xăng (21/11): tăng nhẹ\n\nNội dung bài viết.\n");

        Assert.Equal("Giá xăng (21/11): tăng nhẹ", article.Title);
    }

    [Theory]
    [InlineData("tags: [Huế, chuyển đổi số", 4, "not closed")]
    [InlineData("summary: \"chưa đóng ngoặc", 4, "never closed")]
    [InlineData("ghi_chu: một: hai", 4, "key: value")]
    public void Really_broken_yaml_is_refused_with_the_line_of_the_file(string line, int fileLine, string explanation)
    {
        var ex = Assert.Throws<ArticleFileException>(() => Parse.Markdown($"---\ntitle: Hội thảo ở Huế\ndate: 2024-01-01\n{line}\n---\nNội dung.\n"));

        Assert.Contains($"not valid YAML at line {fileLine} of the file", ex.Message, StringComparison.Ordinal);
        Assert.Contains(explanation, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"\\UFFFFFFFF\"")]
    [InlineData("title: *khong-co")]
    [InlineData("title: Một\ntitle: Hai")]
    [InlineData("? |\n{\ntitle: Hội thảo")]
    public void Yaml_the_reader_cannot_use_is_refused_in_words_not_as_an_exception_name(string front)
    {
        var ex = Assert.Throws<ArticleFileException>(() => Parse.Markdown($"---\n{front}\n---\nNội dung.\n"));

        Assert.Contains("front matter", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("current state of the object", ex.Message, StringComparison.Ordinal);
    }
}
