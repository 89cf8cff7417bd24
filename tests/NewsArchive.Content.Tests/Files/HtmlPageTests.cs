using NewsArchive.Content.Articles;
using NewsArchive.Content.Rendering;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>News pages saved from papers' sites, in three layouts: only the article comes through, attributed.</summary>
public sealed class HtmlPageTests
{
    private static string Html(Article article) => new ArticleRenderer().ToHtml(article.Body);

    private static string Text(Article article) => ArticleRenderer.ToPlainText(article.Body);

    [Fact]
    public void A_national_paper_page_gives_its_headline_lead_date_byline_publication_and_address()
    {
        var article = Pages.Read("thoi-su-lu-mien-trung.html");

        Assert.Equal("Nước lũ rút chậm, người dân Quảng Ngãi dọn bùn: vất vả sau lũ", article.Title);
        Assert.StartsWith("Nước lũ trên sông Trà Khúc rút chậm", article.Summary, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 11, 21, 8, 30, 0, TimeSpan.FromHours(7)), article.Date);
        Assert.Equal(["Phạm Linh"], article.Authors);
        Assert.Equal("VnExpress", article.Source?.Name);
        Assert.Equal("https://vnexpress.net/nuoc-lu-rut-cham-4800001.html", article.Source?.Url?.AbsoluteUri);
    }

    [Fact]
    public void Only_the_article_comes_through_not_menus_related_links_comments_ads_or_footer()
    {
        var text = Text(Pages.Read("thoi-su-lu-mien-trung.html"));

        Assert.Contains("Sáng 21/11, mực nước sông Trà Khúc", text, StringComparison.Ordinal);
        Assert.Contains("theo dõi các dấu hiệu của bệnh tiêu chảy", text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "Kinh doanh", "Tin liên quan", "Lũ lên nhanh", "Ý kiến", "cố lên Quảng Ngãi", "Toàn bộ bản quyền", "Quảng cáo", "PHẠM LINH" })
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
        // The lead is shown above the body; it is not repeated in it.
        Assert.DoesNotContain("hàng nghìn hộ dân ở Quảng Ngãi bắt tay", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Photos_keep_their_captions_as_figures()
    {
        var html = Html(Pages.Read("thoi-su-lu-mien-trung.html"));

        Assert.Contains("<figure>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://i1-vnexpress.vnecdn.net/2024/11/21/don-bun-1.jpg\"", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Người dân phường Nghĩa Lộ xúc bùn sau khi nước rút. Ảnh: Phạm Linh</figcaption>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thoi-su-lu-mien-trung.html")]
    [InlineData("dia-phuong-cau-moi.htm")]
    [InlineData("dien-tu-hoc-sinh.html")]
    public void No_script_style_or_event_attribute_reaches_the_reader(string page)
    {
        var html = Html(Pages.Read(page));

        foreach (var forbidden in new[] { "<script", "<style", "onclick", "onload", "style=", "javascript:", "<form", "<textarea", "<button", "<iframe" })
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_table_layout_page_takes_its_date_and_authors_from_json_ld_and_its_photo_from_a_table()
    {
        var article = Pages.Read("dia-phuong-cau-moi.htm");
        var text = Text(article);

        Assert.Equal("Khánh thành cầu Mỹ Hòa nối hai bờ sông Hậu", article.Title);
        Assert.Equal(new DateTimeOffset(2023, 9, 2, 7, 15, 0, TimeSpan.FromHours(7)), article.Date);
        Assert.Equal(["Thanh Tâm", "Hữu Nghĩa"], article.Authors);
        Assert.Equal("Báo Đồng Tháp", article.Source?.Name);
        Assert.Contains("Cầu dài 620 mét", text, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Cầu Mỹ Hòa nhìn từ bờ bắc trong ngày khánh thành</figcaption>", Html(article), StringComparison.Ordinal);
        foreach (var chrome in new[] { "Trang chủ", "Phóng sự", "Các tin khác", "Nông dân Tháp Mười trúng mùa sen", "Chia sẻ Facebook", "Giấy phép số" })
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_canonical_link_or_site_name_is_attributed_by_og_url_to_the_known_paper()
    {
        var article = Pages.Read("dien-tu-hoc-sinh.html");
        var text = Text(article);

        Assert.Equal("Học sinh TP.HCM được nghỉ Tết Nguyên đán 2025 tổng cộng 15 ngày", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 12, 5, 9, 30, 0, TimeSpan.FromHours(7)), article.Date);
        Assert.Equal("Tuổi Trẻ", article.Source?.Name);
        Assert.Equal("https://tuoitre.vn/hoc-sinh-tphcm-nghi-tet-2025-20241205093000.htm", article.Source?.Url?.AbsoluteUri);
        Assert.Equal(["Hoài Phương"], article.Authors);
        Assert.StartsWith("TTO - Sở Giáo dục và Đào tạo TP.HCM", article.Summary, StringComparison.Ordinal);
        Assert.Contains("học sinh mầm non, tiểu học", text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "Nhịp sống số", "Tin cùng chuyên mục", "phụ huynh đi làm lấy ai trông con", "Giấy phép hoạt động", "Gửi bình luận" })
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1258_page_is_decoded_by_its_declared_charset()
    {
        var article = Pages.Read(Pages.Windows1258("lang-gom-windows-1258.html.in"));

        Assert.Equal("Làng gốm Thanh Hà giữ nghề giữa phố cổ", article.Title);
        Assert.Contains("Nghệ nhân Lê Thị Lợi năm nay ngoài bảy mươi tuổi", Text(article), StringComparison.Ordinal);
        Assert.Equal("Báo Quảng Nam", article.Source?.Name);
        Assert.Equal(["Văn Sự"], article.Authors);
        Assert.Equal(new DateTimeOffset(2012, 6, 14, 10, 0, 0, TimeSpan.FromHours(7)), article.Date);
    }

    [Fact]
    public void A_page_set_in_a_VNI_font_is_converted_to_Unicode()
    {
        const string paragraph = "Nằm bên bờ sông Thu Bồn, làng gốm Thanh Hà vẫn đỏ lửa quanh năm. Những người thợ già kiên nhẫn nặn từng chiếc bình bằng đôi tay đã quen đất sét hơn nửa thế kỷ.";
        var page = $"<html><head><meta charset=\"windows-1252\"><title>Gốm</title></head><body><h1>{LegacyVietnameseTests.ToVniWindows("Làng gốm giữ nghề")}</h1>"
            + $"<div class=\"detail\"><p>{LegacyVietnameseTests.ToVniWindows(paragraph)}</p><p>{LegacyVietnameseTests.ToVniWindows(paragraph)}</p><p>{LegacyVietnameseTests.ToVniWindows(paragraph)}</p></div></body></html>";
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(page);

        var article = NewsArchive.Content.Files.HtmlArticleParser.Parse("trang.html", bytes, new NewsArchive.Content.Files.SourceDirectory(), out var convertedFrom);

        Assert.Equal(NewsArchive.Content.Files.LegacyEncoding.VniWindows, convertedFrom);
        Assert.Equal("Làng gốm giữ nghề", article.Title);
        Assert.Contains(paragraph, Text(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_any_machine_date_is_dated_by_its_dateline()
    {
        var article = Pages.Html($"""
            <html><head><meta charset="utf-8"><title>Tin ngắn</title></head><body>
            <h1>Hà Nội mở thêm tuyến buýt điện</h1>
            <div class="content"><p>Sáng 3/12/2024, Sở Giao thông vận tải Hà Nội đưa vào khai thác tuyến buýt điện nối trung tâm với huyện Đông Anh, mỗi chuyến cách nhau mười lăm phút.</p>
            <p>{string.Join(" ", Enumerable.Repeat("Hành khách được đi miễn phí trong tháng đầu tiên, sau đó giá vé như các tuyến buýt thường.", 6))}</p></div>
            </body></html>
            """);

        Assert.Equal("Hà Nội mở thêm tuyến buýt điện", article.Title);
        Assert.Equal(Parse.VietnamMidnight(2024, 12, 3), article.Date);
    }

    [Fact]
    public void Markup_characters_in_the_page_text_stay_text()
    {
        var article = Pages.Html($"""
            <html><head><meta charset="utf-8"></head><body><h1>Cú pháp *lạ* trong tin</h1><article>
            <p>1. Điều một: giá xăng tăng [đợt 2] với *dấu sao* và _gạch_ &lt;script&gt;alert(1)&lt;/script&gt; # không phải tiêu đề.</p>
            <p>{string.Join(" ", Enumerable.Repeat("Người dân theo dõi giá nhiên liệu hằng tuần để tính chi phí đi lại.", 8))}</p></article></body></html>
            """);
        var html = Html(article);

        Assert.Contains("1. Điều một: giá xăng tăng [đợt 2] với *dấu sao* và _gạch_ &lt;script&gt;alert(1)&lt;/script&gt; # không phải tiêu đề.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_no_article_text_is_refused_in_words()
    {
        var ex = Assert.Throws<NewsArchive.Content.Files.ArticleFileException>(() => Pages.Html(
            "<html><head><title>Trang chủ</title></head><body><nav><a href='/a'>Thời sự</a></nav><script>x()</script></body></html>"));

        Assert.Contains("no article text", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    public void A_page_nesting_elements_a_hundred_thousand_deep_is_refused_at_once(string tag)
    {
        var page = "<html><body><h1>Tiêu đề</h1>" + string.Concat(Enumerable.Repeat($"<{tag}>", 100_000)) + "<p>Nội dung.</p></body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var ex = Assert.Throws<NewsArchive.Content.Files.ArticleFileException>(() => Pages.Html(page));

        Assert.Contains("nests its elements more than 500 deep", ex.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_page_of_more_elements_than_extraction_can_afford_is_refused_before_extraction()
    {
        var page = "<html><body><h1>Tiêu đề</h1><div>" + string.Concat(Enumerable.Repeat("<p>Một câu <b>đậm</b>.</p>", 6_000)) + "</div></body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var ex = Assert.Throws<NewsArchive.Content.Files.ArticleFileException>(() => Pages.Html(page));

        Assert.Contains("elements besides scripts and forms, over the 10,000 a news page needs", ex.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Relative_photos_of_a_page_that_names_no_address_are_dropped_not_pointed_at_some_other_site()
    {
        var body = string.Join("", Enumerable.Repeat("<p>Phố đi bộ ven hồ đông nghịt người dân và du khách trong tối cuối tuần, nhiều hoạt động văn hóa được tổ chức.</p>", 6));
        var article = Pages.Html($"""
            <html><head><meta charset="utf-8"></head><body><h1>Phố đi bộ cuối tuần</h1><article>
            <figure><img src="/anh/pho-di-bo.jpg" alt="Phố đi bộ"><figcaption>Phố đi bộ tối thứ bảy</figcaption></figure>{body}</article></body></html>
            """);
        var html = Html(article);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain(".invalid", html, StringComparison.Ordinal);
        Assert.Contains("Phố đi bộ tối thứ bảy", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_only_dates_the_page_is_not_body_text()
    {
        var text = Text(Pages.Read("dia-phuong-cau-moi.htm"));

        Assert.DoesNotContain("Cập nhật", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_masthead_in_the_page_header_is_not_taken_for_the_headline_and_a_tagged_sapo_is_not_repeated()
    {
        var body = string.Join("", Enumerable.Repeat("<p>Người dân đổ về bến Ninh Kiều xem đua ghe ngo, cổ vũ các đội từ Sóc Trăng, Trà Vinh.</p>", 6));
        var article = Pages.Html($"""
            <html><head><meta charset="utf-8"><title>Đua ghe ngo trên sông Hậu | Báo Cần Thơ</title>
            <meta name="description" content="Hơn hai mươi đội ghe ngo tranh tài trên sông Hậu trong ngày hội truyền thống."></head>
            <body><header><h1 class="site"><a href="/">Báo Cần Thơ</a></h1></header>
            <div class="main"><h1 class="post-title">Đua ghe ngo trên sông Hậu</h1>
            <div class="post"><p>(CT) - Hơn hai mươi đội ghe ngo tranh tài trên sông Hậu trong ngày hội truyền thống.</p>{body}</div></div></body></html>
            """);

        Assert.Equal("Đua ghe ngo trên sông Hậu", article.Title);
        Assert.Equal("(CT) - Hơn hai mươi đội ghe ngo tranh tài trên sông Hậu trong ngày hội truyền thống.", article.Summary);
        Assert.DoesNotContain("tranh tài", Text(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_publication_time_written_for_people_is_read_day_first()
    {
        var body = string.Join("", Enumerable.Repeat("<p>Thành phố khởi công tuyến đường ven sông dài tám cây số, dự kiến hoàn thành sau hai năm.</p>", 6));
        var article = Pages.Html($"""
            <html><head><meta charset="utf-8"><meta property="article:published_time" content="05/12/2024 09:30"></head>
            <body><h1>Khởi công đường ven sông</h1><article>{body}</article></body></html>
            """);

        Assert.Equal(new DateTimeOffset(2024, 12, 5, 9, 30, 0, TimeSpan.FromHours(7)), article.Date);
    }

    [Fact]
    public void A_paper_naming_itself_as_author_in_json_ld_is_no_byline()
    {
        var body = string.Join("", Enumerable.Repeat("<p>Giá cà phê nhân xô tại Tây Nguyên tăng mạnh, nông dân phấn khởi bán hàng sau vụ thu hoạch.</p>", 6));
        var article = Pages.Html($$$"""
            <html><head><meta charset="utf-8"><meta property="og:site_name" content="Báo Đắk Lắk">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Giá cà phê tăng mạnh", "datePublished": "2024-03-01T07:00:00+07:00",
              "author": {"@type": "Organization", "name": "Báo Đắk Lắk"}, "publisher": {"@type": "Organization", "name": "Báo Đắk Lắk"}}</script></head>
            <body><h1>Giá cà phê tăng mạnh</h1><article>{{{body}}}<p><strong>HOÀNG GIA</strong></p></article></body></html>
            """);

        Assert.Equal(["Hoàng Gia"], article.Authors);
        Assert.Equal("Báo Đắk Lắk", article.Source?.Name);
    }

    [Fact]
    public void Hostile_markup_inside_the_article_is_dropped_and_its_words_kept()
    {
        var body = string.Join("", Enumerable.Repeat("<p>Chợ nổi Cái Răng nhộn nhịp từ sáng sớm, ghe xuồng chở đầy trái cây miệt vườn về bán.</p>", 5));
        var article = Pages.Html($"""
            <html><head><meta charset="utf-8"></head><body><h1>Chợ nổi Cái Răng</h1><article>{body}
            <p onmouseover="steal()">Xem <a href="javascript:alert(1)">bản đồ</a>, <a href="data:text/html,x">tệp</a> và <a href="https://cantho.example/cho-noi">trang chợ</a>
            <img src="x" onerror="alert(1)"><svg onload="alert(2)"><circle r="1"/></svg><iframe srcdoc="&lt;script&gt;alert(3)&lt;/script&gt;"></iframe>
            <span style="background:url(javascript:alert(4))">cuối câu</span>.</p>
            <object data="flash.swf"></object><embed src="x.swf"><math><mi xlink:href="javascript:alert(5)">x</mi></math></article></body></html>
            """);
        var html = Html(article);

        foreach (var forbidden in new[] { "javascript:", "data:", "onerror", "onload", "onmouseover", "<svg", "<iframe", "<object", "<embed", "style=", "alert(" })
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("bản đồ", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://cantho.example/cho-noi\" rel=\"noopener nofollow\">trang chợ</a>", html, StringComparison.Ordinal);
        Assert.Contains("cuối câu", html, StringComparison.Ordinal);
    }
}
