using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>The trailing "Nguồn …" / "Theo …" line of a plain-text dump: attribution, not body.</summary>
public sealed class PlainTextSourceLineTests
{
    private const string Title = "Bến Tre ra quân phòng chống hạn mặn";
    private const string LastParagraph = "Tỉnh đã chuẩn bị đủ bồn chứa nước ngọt cho các hộ dân vùng ven biển.";

    private static string Report(string trailer) => $"""
        {Title}

        Sáng 2/2, tỉnh Bến Tre ra quân phòng chống hạn mặn mùa khô năm 2024.

        {LastParagraph}

        {trailer}
        """;

    [Fact]
    public void Source_line_with_name_and_link_gives_both_and_leaves_the_body()
    {
        var article = Parse.PlainText(Report("Nguồn Tuổi Trẻ: https://tuoitre.vn/x.htm"));

        Assert.Equal("Tuổi Trẻ", article.Source?.Name);
        Assert.Equal("https://tuoitre.vn/x.htm", article.Source?.Url?.AbsoluteUri);
        Assert.Equal(LastParagraph, article.Blocks()[^1].Text);
    }

    [Fact]
    public void Source_line_with_only_a_link_is_named_after_its_domain()
    {
        var article = Parse.PlainText(Report("Nguồn: https://example.vn/a"));

        Assert.Equal("https://example.vn/a", article.Source?.Url?.AbsoluteUri);
        Assert.Equal("example.vn", article.Source?.Name);
        Assert.Equal(LastParagraph, article.Blocks()[^1].Text);
    }

    [Fact]
    public void Theo_line_names_the_source_without_a_link()
    {
        var article = Parse.PlainText(Report("Theo Báo Lao Động"));

        Assert.Equal("Báo Lao Động", article.Source?.Name);
        Assert.Null(article.Source?.Url);
        Assert.Equal(LastParagraph, article.Blocks()[^1].Text);
    }

    [Fact]
    public void A_closing_sentence_that_starts_with_Theo_stays_in_the_body()
    {
        const string sentence = "Theo ông Nguyễn Văn An, công trình sẽ hoàn thành trước mùa mưa.";
        var article = Parse.PlainText(Report(sentence));

        Assert.Null(article.Source);
        Assert.Equal(sentence, article.Blocks()[^1].Text);
    }

    [Fact]
    public void A_closing_sentence_that_starts_with_Nguon_stays_in_the_body()
    {
        const string sentence = "Nguồn vốn thực hiện dự án do ngân sách tỉnh bảo đảm.";
        var article = Parse.PlainText(Report(sentence));

        Assert.Null(article.Source);
        Assert.Equal(sentence, article.Blocks()[^1].Text);
    }

    [Fact]
    public void Source_line_with_the_name_after_the_colon_names_the_source()
    {
        var article = Parse.PlainText(Report("Nguồn: Báo Lao Động"));

        Assert.Equal("Báo Lao Động", article.Source?.Name);
        Assert.Equal(LastParagraph, article.Blocks()[^1].Text);
    }

    [Theory]
    [InlineData("https://tuoitre.vn/x.htm")]
    [InlineData("https://www.tuoitre.vn/x.htm")]
    [InlineData("https://TUOITRE.VN/x.htm")]
    public void A_known_domain_shows_the_publications_display_name(string url)
    {
        var article = Parse.PlainText(Report($"Nguồn Tuoi Tre Online: {url}"));

        Assert.Equal("Tuổi Trẻ", article.Source?.Name);
    }

    [Fact]
    public void An_unknown_domain_keeps_the_name_the_file_gives()
    {
        var article = Parse.PlainText(Report("Nguồn Báo Cần Thơ: https://baocantho.example/bai-1.html"));

        Assert.Equal("Báo Cần Thơ", article.Source?.Name);
        Assert.Equal("https://baocantho.example/bai-1.html", article.Source?.Url?.AbsoluteUri);
    }

    [Fact]
    public void Configured_names_add_to_the_known_domains()
    {
        var sources = new SourceDirectory(new Dictionary<string, string> { ["www.baocantho.example"] = "Báo Cần Thơ" });
        var article = Parse.PlainText(Report("Nguồn: https://baocantho.example/bai-1.html"), sources);

        Assert.Equal("Báo Cần Thơ", article.Source?.Name);
    }

    [Fact]
    public void A_text_without_a_source_line_has_no_source()
    {
        var article = Parse.PlainText(Report("Mùa khô năm nay được dự báo kéo dài hơn mọi năm."));

        Assert.Null(article.Source);
        Assert.Equal(3, article.Paragraphs().Count);
    }
}
