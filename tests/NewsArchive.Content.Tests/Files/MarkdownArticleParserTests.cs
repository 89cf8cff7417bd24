using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>Markdown files with YAML front matter, field by field as the contract lists them.</summary>
public sealed class MarkdownArticleParserTests
{
    private static Article WithFront(string frontMatter, string body = "Nội dung bài viết.") =>
        Parse.Markdown($"---\ntitle: Hội thảo chuyển đổi số ở Huế\n{frontMatter}\n---\n{body}\n");

    [Fact]
    public void All_front_matter_fields_are_read()
    {
        var article = Parse.Markdown("""
            ---
            title: Tiếp tục phát huy vai trò Ban Chỉ đạo 35
            date: 2023-02-28T08:00:00+07:00
            source: Báo Đồng Tháp
            source_url: https://baodongthap.example/bai-35.html
            authors: [Ngọc Hân, Bảo Trâm]
            tags: [Ban Chỉ đạo 35, Đồng Tháp]
            summary: Hội nghị tổng kết hoạt động năm 2022.
            slug: ban-chi-dao-35-dong-thap
            ---
            Sáng nay, **hội nghị** đã diễn ra.
            """);

        Assert.Equal("Tiếp tục phát huy vai trò Ban Chỉ đạo 35", article.Title);
        Assert.Equal(new DateTimeOffset(2023, 2, 28, 8, 0, 0, TimeSpan.FromHours(7)), article.Date);
        Assert.Equal("Báo Đồng Tháp", article.Source?.Name);
        Assert.Equal("https://baodongthap.example/bai-35.html", article.Source?.Url?.AbsoluteUri);
        string[] authors = ["Ngọc Hân", "Bảo Trâm"];
        Assert.Equal(authors, article.Authors);
        string[] tags = ["Ban Chỉ đạo 35", "Đồng Tháp"];
        Assert.Equal(tags, article.Tags);
        Assert.Equal("Hội nghị tổng kết hoạt động năm 2022.", article.Summary);
        Assert.Equal("ban-chi-dao-35-dong-thap", article.Slug);
        Assert.True(article.HasExplicitSlug);
        Assert.Equal("Sáng nay, **hội nghị** đã diễn ra.", Assert.IsType<MarkdownBody>(article.Body).Markdown);
        Assert.Equal("bai-viet.md", article.Id);
    }

    [Fact]
    public void Without_slug_the_slug_is_made_from_the_title()
    {
        var article = WithFront("date: 2023-02-28");

        Assert.Equal("hoi-thao-chuyen-doi-so-o-hue", article.Slug);
        Assert.False(article.HasExplicitSlug);
    }

    [Fact]
    public void A_date_alone_is_midnight_Vietnam_time()
    {
        var date = Assert.NotNull(WithFront("date: 2023-02-28").Date);

        Assert.Equal(Parse.VietnamMidnight(2023, 2, 28), date);
        Assert.Equal(TimeSpan.FromHours(7), date.Offset);
    }

    [Fact]
    public void A_date_and_time_without_offset_is_Vietnam_time()
    {
        var date = Assert.NotNull(WithFront("date: 2023-02-28T08:00:00").Date);

        Assert.Equal(new DateTime(2023, 2, 28, 8, 0, 0), date.DateTime);
        Assert.Equal(TimeSpan.FromHours(7), date.Offset);
    }

    [Fact]
    public void A_date_in_UTC_keeps_offset_zero()
    {
        var date = Assert.NotNull(WithFront("date: 2023-02-28T01:00:00Z").Date);

        Assert.Equal(TimeSpan.Zero, date.Offset);
        Assert.Equal(new DateTime(2023, 2, 28, 1, 0, 0), date.DateTime);
    }

    [Fact]
    public void No_date_means_the_date_is_unknown()
    {
        Assert.Null(WithFront("source: Báo Huế").Date);
    }

    [Fact]
    public void Authors_may_be_a_single_string()
    {
        Assert.Equal("Ngọc Hân", Assert.Single(WithFront("authors: Ngọc Hân").Authors));
    }

    [Fact]
    public void Author_is_accepted_for_authors()
    {
        Assert.Equal("Bảo Trâm", Assert.Single(WithFront("author: Bảo Trâm").Authors));
    }

    [Fact]
    public void Authors_may_be_a_block_list()
    {
        string[] expected = ["Ngọc Hân", "Bảo Trâm"];
        Assert.Equal(expected, WithFront("authors:\n  - Ngọc Hân\n  - Bảo Trâm").Authors);
    }

    [Fact]
    public void An_explicit_slug_is_cleaned_like_a_title()
    {
        Assert.Equal("chuyen-doi-so-hue", WithFront("slug: Chuyển đổi số Huế").Slug);
    }

    [Fact]
    public void Missing_title_is_rejected_with_a_message_naming_the_title()
    {
        var ex = Assert.Throws<ArticleFileException>(() => Parse.Markdown("---\ndate: 2023-02-28\n---\nNội dung.\n"));

        Assert.Contains("title", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_front_matter_or_heading_is_rejected_for_its_missing_title()
    {
        var ex = Assert.Throws<ArticleFileException>(() => Parse.Markdown("Tiêu đề\n\nNội dung.\n"));

        Assert.Contains("title", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tags: [Huế, chuyển đổi số")]
    [InlineData("summary: \"chưa đóng ngoặc")]
    [InlineData("ghi_chu: Báo Huế: bản điện tử: mới")]
    public void Invalid_yaml_is_rejected(string line)
    {
        var ex = Assert.Throws<ArticleFileException>(() => WithFront(line));

        Assert.Contains("YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_front_matter_is_rejected()
    {
        var ex = Assert.Throws<ArticleFileException>(() => Parse.Markdown("---\ntitle: Hội thảo ở Huế\n\nNội dung bài viết.\n"));

        Assert.Contains("never closed", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("hôm qua")]
    [InlineData("28/02/2023")]
    [InlineData("2023-02-30T08:00:00+07:00")]
    [InlineData("9999-12-31")]
    public void An_impossible_date_is_rejected_naming_the_date(string value)
    {
        var ex = Assert.Throws<ArticleFileException>(() => WithFront($"date: {value}"));

        Assert.Contains(value, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,xin-chao")]
    [InlineData("file:///etc/passwd")]
    [InlineData("baohue.example/bai")]
    public void A_source_url_that_is_not_a_web_link_is_rejected(string url)
    {
        var ex = Assert.Throws<ArticleFileException>(() => WithFront($"source_url: \"{url}\""));

        Assert.Contains("source_url", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_where_a_single_value_belongs_is_rejected()
    {
        var ex = Assert.Throws<ArticleFileException>(() => Parse.Markdown("---\ntitle: [Huế, Đà Nẵng]\n---\nNội dung.\n"));

        Assert.Contains("title", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_in_year_one_is_rejected_like_any_impossible_date()
    {
        var ex = Assert.Throws<ArticleFileException>(() => WithFront("date: 0001-01-01"));

        Assert.Contains("0001-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_front_matter_is_rejected_not_a_crash()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);

        Assert.Throws<ArticleFileException>(() => WithFront("tags: " + nested));
    }
}
