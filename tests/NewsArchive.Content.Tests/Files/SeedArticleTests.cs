using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>The An Giang report that ships in content/: what a reader of its page sees.</summary>
public sealed class SeedArticleTests
{
    private const string FileName = "an-giang-ban-chi-dao-35.txt";
    private const string OriginalUrl = "https://baoangiang.com.vn/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang-a356450.html";

    private readonly Article _seed = new ArticleFileReader(new SourceDirectory()).Read(RepositoryPaths.Seed, FileName, out _);

    [Fact]
    public void Title_is_the_first_line_of_the_file()
    {
        Assert.Equal("Tiếp tục phát huy vai trò Ban Chỉ đạo 35 các cấp tỉnh An Giang", _seed.Title);
        Assert.Equal(FileName, _seed.Id);
    }

    [Fact]
    public void Slug_is_the_one_the_contract_promises()
    {
        Assert.Equal("tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang", _seed.Slug);
        Assert.False(_seed.HasExplicitSlug);
    }

    [Fact]
    public void Date_is_28_February_2023_in_Vietnam_time()
    {
        var date = Assert.NotNull(_seed.Date);
        Assert.Equal(Parse.VietnamMidnight(2023, 2, 28), date);
        Assert.Equal(TimeSpan.FromHours(7), date.Offset);
    }

    [Fact]
    public void Authors_come_from_the_byline_in_capitals()
    {
        string[] expected = ["Mỹ Linh", "Trung Hiếu"];
        Assert.Equal(expected, _seed.Authors);
    }

    [Fact]
    public void Source_is_Bao_An_Giang_with_the_link_to_the_original()
    {
        var source = Assert.IsType<ArticleSource>(_seed.Source);
        Assert.Equal("Báo An Giang", source.Name);
        Assert.Equal(OriginalUrl, source.Url?.AbsoluteUri);
    }

    [Fact]
    public void Body_is_six_paragraphs_and_three_captions_in_reading_order()
    {
        TextBlockKind[] expected =
        [
            TextBlockKind.Paragraph, TextBlockKind.Paragraph,
            TextBlockKind.Caption, TextBlockKind.Caption,
            TextBlockKind.Paragraph, TextBlockKind.Paragraph,
            TextBlockKind.Caption,
            TextBlockKind.Paragraph, TextBlockKind.Paragraph,
        ];
        Assert.Equal(expected, _seed.Blocks().Select(b => b.Kind));
        Assert.Equal(6, _seed.Paragraphs().Count);
    }

    [Fact]
    public void Captions_are_exactly_the_three_photo_lines()
    {
        var captions = _seed.Captions();

        Assert.Equal(3, captions.Count);
        Assert.Equal("Quang cảnh hội nghị", captions[0]);
        Assert.StartsWith("Trưởng ban Tuyên giáo Tỉnh ủy, Trưởng đoàn", captions[1], StringComparison.Ordinal);
        Assert.StartsWith(
            "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh An Giang Lê Văn Nưng, Trưởng ban Ban Chỉ đạo 35 tỉnh phát biểu chỉ đạo",
            captions[2], StringComparison.Ordinal);
    }

    [Fact]
    public void First_paragraph_is_the_dateline_report()
    {
        Assert.StartsWith("Sáng 28/2,", _seed.Paragraphs()[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Source_line_and_byline_are_not_body_text()
    {
        Assert.All(_seed.Blocks(), block =>
        {
            Assert.DoesNotContain("Nguồn An Giang", block.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("baoangiang.com.vn", block.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("MỸ LINH", block.Text, StringComparison.Ordinal);
        });
        Assert.EndsWith("…", _seed.Blocks()[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_are_single_lines_without_stray_whitespace()
    {
        Assert.All(_seed.Blocks(), block =>
        {
            Assert.DoesNotContain('\n', block.Text);
            Assert.Equal(block.Text.Trim(), block.Text);
        });
    }
}
