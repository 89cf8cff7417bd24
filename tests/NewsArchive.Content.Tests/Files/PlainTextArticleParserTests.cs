using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>Plain-text dumps: title, paragraphs, captions and front matter. Source, byline and date have their own files.</summary>
public sealed class PlainTextArticleParserTests
{
    private const string Report = """
        Hà Nội mở thêm ba tuyến xe buýt điện

        Sáng 12/3, Sở Giao thông vận tải Hà Nội đưa vào hoạt động ba tuyến xe buýt điện nối trung tâm với các huyện ngoại thành.

        Mỗi tuyến có hai mươi xe, chạy từ 5 giờ đến 22 giờ hằng ngày.
        """;

    [Fact]
    public void Plain_text_title_is_the_first_non_empty_line()
    {
        var article = Parse.PlainText("\n  \n\n" + Report);

        Assert.Equal("Hà Nội mở thêm ba tuyến xe buýt điện", article.Title);
        Assert.Equal("ha-noi-mo-them-ba-tuyen-xe-buyt-dien", article.Slug);
        Assert.Equal(2, article.Paragraphs().Count);
    }

    [Fact]
    public void Title_needs_no_blank_line_after_it()
    {
        var article = Parse.PlainText("""
            Đà Lạt đón mưa đá giữa mùa khô
            Chiều qua, mưa đá kèm gió lớn làm hư hỏng nhiều nhà kính trồng hoa.

            Chính quyền đang thống kê thiệt hại.
            """);

        Assert.Equal("Đà Lạt đón mưa đá giữa mùa khô", article.Title);
        string[] expected = ["Chiều qua, mưa đá kèm gió lớn làm hư hỏng nhiều nhà kính trồng hoa.", "Chính quyền đang thống kê thiệt hại."];
        Assert.Equal(expected, article.Paragraphs());
    }

    [Fact]
    public void Windows_line_endings_read_the_same_as_unix_ones()
    {
        var unix = Parse.PlainText(Report);
        var windows = Parse.PlainText(Report.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n");

        Assert.Equal(unix.Title, windows.Title);
        Assert.Equal(unix.Blocks(), windows.Blocks());
        Assert.All(windows.Blocks(), b => Assert.DoesNotContain('\r', b.Text));
    }

    [Fact]
    public void Wrapped_lines_of_one_paragraph_are_joined_with_spaces()
    {
        var article = Parse.PlainText("""
            Cần Thơ khánh thành cầu mới

            Cây cầu dài 300 mét
              bắc qua sông Hậu
            được khởi công từ năm ngoái.
            """);

        Assert.Equal("Cây cầu dài 300 mét bắc qua sông Hậu được khởi công từ năm ngoái.", Assert.Single(article.Paragraphs()));
    }

    [Fact]
    public void A_short_unpunctuated_line_between_paragraphs_is_a_caption()
    {
        var article = Parse.PlainText("""
            Lễ hội hoa ban khai mạc

            Tối 10/3, lễ hội hoa ban chính thức khai mạc tại thành phố Điện Biên Phủ.

            Du khách tham quan gian hàng đặc sản

            Lễ hội kéo dài đến hết tháng.
            """);

        Assert.Equal("Du khách tham quan gian hàng đặc sản", Assert.Single(article.Captions()));
        Assert.Equal(TextBlockKind.Caption, article.Blocks()[1].Kind);
    }

    [Theory]
    [InlineData("Du khách tham quan gian hàng đặc sản.")]
    [InlineData("Ai sẽ là người chiến thắng?")]
    [InlineData("Thật đáng nhớ!")]
    [InlineData("Và rồi…")]
    [InlineData("Ông cho biết:")]
    [InlineData("“Chúng tôi sẽ quay lại”")]
    public void A_line_that_ends_like_a_sentence_is_a_paragraph_not_a_caption(string line)
    {
        var article = Parse.PlainText($"""
            Lễ hội hoa ban khai mạc

            Tối 10/3, lễ hội hoa ban chính thức khai mạc.

            {line}

            Lễ hội kéo dài đến hết tháng.
            """);

        Assert.Empty(article.Captions());
        Assert.Equal(3, article.Paragraphs().Count);
    }

    [Fact]
    public void Unpunctuated_lines_at_the_start_or_end_of_the_body_are_paragraphs()
    {
        var article = Parse.PlainText("""
            Mùa nước nổi về miền Tây

            Nước lên từng ngày ở đầu nguồn

            Người dân chuẩn bị ghe xuồng, ngư cụ để đánh bắt cá linh.

            Cánh đồng mênh mông nước
            """);

        Assert.Empty(article.Captions());
        Assert.Equal(3, article.Paragraphs().Count);
    }

    [Fact]
    public void A_long_unpunctuated_block_is_a_paragraph_not_a_caption()
    {
        var longLine = string.Join(' ', Enumerable.Repeat("người dân ven sông chuẩn bị ghe xuồng", 12));
        var article = Parse.PlainText($"""
            Mùa nước nổi về miền Tây

            Nước đã lên nhanh trong tuần qua.

            {longLine}

            Chính quyền khuyến cáo trẻ em không tắm sông.
            """);

        Assert.Empty(article.Captions());
    }

    [Fact]
    public void Front_matter_on_top_of_a_text_file_wins_over_the_text()
    {
        var article = Parse.PlainText("""
            ---
            title: Đồng Nai khởi công đường vành đai
            date: 2024-01-15
            source: Báo Đồng Nai
            source_url: https://baodongnai.example/khoi-cong.html
            authors: [Lê Hòa, Trần Phúc]
            ---
            Tiêu đề cũ trong bản sao

            Ngày 3/1/2023, tỉnh tổ chức lễ khởi công dự án đường vành đai.

            Dự án dài 40 km, dự kiến hoàn thành sau ba năm.

            PHẠM THANH

            Nguồn Báo Khác: https://khac.example/bai.html
            """);

        Assert.Equal("Đồng Nai khởi công đường vành đai", article.Title);
        Assert.Equal("dong-nai-khoi-cong-duong-vanh-dai", article.Slug);
        Assert.Equal(Parse.VietnamMidnight(2024, 1, 15), article.Date);
        Assert.Equal("Báo Đồng Nai", article.Source?.Name);
        Assert.Equal("https://baodongnai.example/khoi-cong.html", article.Source?.Url?.AbsoluteUri);
        string[] authors = ["Lê Hòa", "Trần Phúc"];
        Assert.Equal(authors, article.Authors);
        Assert.All(article.Blocks(), b => Assert.DoesNotContain("Nguồn", b.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_file_with_only_front_matter_is_rejected_as_having_no_text()
    {
        Assert.Throws<ArticleFileException>(() => Parse.PlainText("---\ntitle: Chỉ có tiêu đề\n---\n\n  \n"));
    }
}
