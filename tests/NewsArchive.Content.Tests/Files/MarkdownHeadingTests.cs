using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>A Markdown file without front matter: its '# heading' is the title, its closing lines the attribution.</summary>
public sealed class MarkdownHeadingTests
{
    [Fact]
    public void The_first_level_one_heading_is_the_title_and_is_not_repeated_in_the_body()
    {
        var article = Parse.Markdown("# Bão số 3 đổ bộ\n\nChiều 7/9/2024, bão số 3 đổ bộ vào Quảng Ninh và Hải Phòng.\n\n## Thiệt hại ban đầu\n\nNhiều cây xanh bị quật đổ.\n");

        Assert.Equal("Bão số 3 đổ bộ", article.Title);
        Assert.Equal("bao-so-3-do-bo", article.Slug);
        var markdown = Assert.IsType<MarkdownBody>(article.Body).Markdown;
        Assert.StartsWith("Chiều 7/9/2024, bão số 3", markdown, StringComparison.Ordinal);
        Assert.Contains("## Thiệt hại ban đầu", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("# Bão số 3", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_source_line_and_byline_are_attribution_and_the_dateline_the_date()
    {
        var article = Parse.Markdown("""
            # Bão số 3 đổ bộ: gió giật cấp 15

            Chiều 7/9/2024, bão số 3 đổ bộ vào Quảng Ninh và Hải Phòng với sức gió mạnh nhất cấp 12.

            Hàng nghìn cây xanh bị quật đổ, nhiều khu dân cư mất điện.

            HẢI NAM – THU TRANG

            Nguồn Hải Phòng: https://baohaiphong.example/bao-so-3-do-bo.html
            """);

        Assert.Equal("Bão số 3 đổ bộ: gió giật cấp 15", article.Title);
        Assert.Equal(Parse.VietnamMidnight(2024, 9, 7), article.Date);
        Assert.Equal(["Hải Nam", "Thu Trang"], article.Authors);
        Assert.Equal("Hải Phòng", article.Source?.Name);
        Assert.Equal("https://baohaiphong.example/bao-so-3-do-bo.html", article.Source?.Url?.AbsoluteUri);
        var markdown = Assert.IsType<MarkdownBody>(article.Body).Markdown;
        Assert.EndsWith("nhiều khu dân cư mất điện.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_inside_a_code_block_is_not_the_title()
    {
        var article = Parse.Markdown("```\n# không phải tiêu đề\n```\n\n# Tiêu đề thật\n\nNội dung.\n");

        Assert.Equal("Tiêu đề thật", article.Title);
    }

    [Fact]
    public void Front_matter_without_title_takes_the_heading_too()
    {
        var article = Parse.Markdown("---\ndate: 2024-09-07\n---\n# Bão số 3 đổ bộ\n\nNội dung.\n");

        Assert.Equal("Bão số 3 đổ bộ", article.Title);
        Assert.Equal(Parse.VietnamMidnight(2024, 9, 7), article.Date);
    }

    [Fact]
    public void Without_front_matter_or_heading_the_refusal_says_so()
    {
        var ex = Assert.Throws<ArticleFileException>(() => Parse.Markdown("Bão số 3 đổ bộ\n\nNội dung.\n"));

        Assert.Equal("the file has no front matter and no '# heading' to take a title from", ex.Message);
    }

    [Fact]
    public void With_front_matter_but_no_title_or_heading_the_refusal_names_both()
    {
        var ex = Assert.Throws<ArticleFileException>(() => Parse.Markdown("---\ndate: 2024-09-07\n---\nNội dung.\n"));

        Assert.Contains("no 'title'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'# heading'", ex.Message, StringComparison.Ordinal);
    }
}
