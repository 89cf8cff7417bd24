using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>The byline in capitals at the end of a plain-text dump: the authors, not body text.</summary>
public sealed class PlainTextBylineTests
{
    private const string LastParagraph = "Đoàn công tác sẽ tiếp tục kiểm tra các huyện còn lại trong tuần tới.";

    private static string Report(params string[] trailer) => $"""
        Kiểm tra công tác phòng cháy ở khu công nghiệp

        Chiều 5/6, đoàn liên ngành của tỉnh kiểm tra công tác phòng cháy tại khu công nghiệp Tân Hương.

        {LastParagraph}

        {string.Join("\n\n", trailer)}
        """;

    [Theory]
    [InlineData("THU HÀ – MINH QUÂN")]
    [InlineData("THU HÀ - MINH QUÂN")]
    [InlineData("THU HÀ, MINH QUÂN")]
    [InlineData("THU HÀ — MINH QUÂN")]
    public void Byline_names_in_capitals_become_authors_in_title_case(string byline)
    {
        var article = Parse.PlainText(Report(byline));

        string[] expected = ["Thu Hà", "Minh Quân"];
        Assert.Equal(expected, article.Authors);
        Assert.Equal(LastParagraph, article.Blocks()[^1].Text);
    }

    [Fact]
    public void Byline_before_the_source_line_is_read()
    {
        var article = Parse.PlainText(Report("ĐỨC TÀI", "Nguồn Báo Long An: https://baolongan.example/bai.html"));

        Assert.Equal("Đức Tài", Assert.Single(article.Authors));
        Assert.Equal("Báo Long An", article.Source?.Name);
        Assert.Equal(LastParagraph, article.Blocks()[^1].Text);
    }

    [Fact]
    public void Byline_after_the_source_line_is_read()
    {
        var article = Parse.PlainText(Report("Nguồn Báo Long An: https://baolongan.example/bai.html", "ĐỨC TÀI"));

        Assert.Equal("Đức Tài", Assert.Single(article.Authors));
        Assert.Equal("Báo Long An", article.Source?.Name);
        Assert.Equal(LastParagraph, article.Blocks()[^1].Text);
    }

    [Fact]
    public void Credit_prefix_before_the_names_is_not_part_of_them()
    {
        var article = Parse.PlainText(Report("Bài, ảnh: NGỌC ANH"));

        Assert.Equal("Ngọc Anh", Assert.Single(article.Authors));
        Assert.Equal(LastParagraph, article.Blocks()[^1].Text);
    }

    [Fact]
    public void A_closing_line_in_mixed_case_is_body_not_a_byline()
    {
        var article = Parse.PlainText(Report("Thu Hà – Minh Quân"));

        Assert.Empty(article.Authors);
        Assert.Equal("Thu Hà – Minh Quân", article.Blocks()[^1].Text);
    }

    [Fact]
    public void An_agency_in_brackets_after_the_name_is_not_mangled()
    {
        var article = Parse.PlainText(Report("MINH ANH (TTXVN)"));

        var author = Assert.Single(article.Authors);
        Assert.StartsWith("Minh Anh", author, StringComparison.Ordinal);
        Assert.Equal(author.Count(c => c == '('), author.Count(c => c == ')'));
        Assert.DoesNotContain("Ttxvn", author, StringComparison.Ordinal);
    }
}
