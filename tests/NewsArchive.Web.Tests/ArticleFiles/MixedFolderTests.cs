using System.Net;
using NewsArchive.Content.Articles;
using NewsArchive.Web.Tests.Hostile;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.ArticleFiles;

/// <summary>
/// One content folder of every format: Markdown with and without front matter (colons in every field), a
/// plain-text dump and saved pages of three papers' layouts. Every article is served and attributed; the
/// refused files are named with a reason; the load is one honest line.
/// </summary>
public sealed class MixedFolderTests(MixedFolderTests.Folder fixture) : IClassFixture<MixedFolderTests.Folder>
{
    private static string PageFixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "NewsArchive.Content.Tests", "Fixtures", "Pages", name);

    public sealed class Folder : IAsyncLifetime
    {
        private readonly TempFolder _content = new();

        public LoggedSite Site { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _content.Write("markdown/gia-vang.md", """
                ---
                title: Giá vàng hôm nay (21/11): Giá vàng đi ngang
                date: 2024-11-21T08:00:00+07:00
                source: Kinh tế: chuyên trang giá cả
                source_url: https://giaca.example/gia-vang-21-11.html
                authors: [Minh Tâm: phóng viên, Hồng Nhung]
                tags: [Giá vàng: SJC, thị trường]
                summary: Sáng nay: vàng miếng đứng yên, vàng nhẫn tăng nhẹ theo giá thế giới.
                ---
                Các doanh nghiệp niêm yết giá vàng miếng không đổi so với chiều qua.
                """);
            _content.Write("markdown/bao-so-3.md", """
                # Bão số 3 đổ bộ

                Chiều 7/9/2024, bão số 3 đổ bộ vào Quảng Ninh và Hải Phòng, gió giật mạnh làm đổ nhiều cây xanh.

                Nguồn Hải Phòng: https://baohaiphong.example/bao-so-3-do-bo.html
                """);
            _content.Write("dump/lua-dong-thap.txt", """
                Nông dân Đồng Tháp trúng mùa lúa thu đông

                Sáng 12/10/2024, nông dân huyện Tam Nông bắt đầu thu hoạch lúa thu đông với năng suất bình quân hơn sáu tấn mỗi héc-ta.

                NGỌC HÂN

                Nguồn Đồng Tháp: https://baodongthap.example/lua-thu-dong.html
                """);
            foreach (var page in new[] { "thoi-su-lu-mien-trung.html", "dia-phuong-cau-moi.htm", "dien-tu-hoc-sinh.html" })
                File.Copy(PageFixture(page), _content.Write("trang/" + page, ""), overwrite: true);

            _content.Write("hong/khong-tieu-de.md", "Chỉ có nội dung, không có tiêu đề.\n");
            _content.Write("hong/yaml-hong.md", "---\ntitle: Bài hỏng\ntags: [chưa đóng\n---\nNội dung.\n");

            Site = new LoggedSite(_content.Path);
            Client = await Site.ReadyClientAsync();
        }

        public async Task DisposeAsync()
        {
            await Site.DisposeAsync();
            _content.Dispose();
        }
    }

    public static TheoryData<string, string, string?, string?> Served => new()
    {
        { "Giá vàng hôm nay (21/11): Giá vàng đi ngang", "Kinh tế: chuyên trang giá cả", "https://giaca.example/gia-vang-21-11.html", "Minh Tâm: phóng viên, Hồng Nhung" },
        { "Bão số 3 đổ bộ", "Hải Phòng", "https://baohaiphong.example/bao-so-3-do-bo.html", null },
        { "Nông dân Đồng Tháp trúng mùa lúa thu đông", "Đồng Tháp", "https://baodongthap.example/lua-thu-dong.html", "Ngọc Hân" },
        { "Nước lũ rút chậm, người dân Quảng Ngãi dọn bùn: vất vả sau lũ", "VnExpress", "https://vnexpress.net/nuoc-lu-rut-cham-4800001.html", "Phạm Linh" },
        { "Khánh thành cầu Mỹ Hòa nối hai bờ sông Hậu", "Báo Đồng Tháp", null, "Thanh Tâm, Hữu Nghĩa" },
        { "Học sinh TP.HCM được nghỉ Tết Nguyên đán 2025 tổng cộng 15 ngày", "Tuổi Trẻ", "https://tuoitre.vn/hoc-sinh-tphcm-nghi-tet-2025-20241205093000.htm", "Hoài Phương" },
    };

    [Theory]
    [MemberData(nameof(Served))]
    public async Task Every_article_is_served_with_its_attribution(string title, string publication, string? original, string? authors)
    {
        var page = await fixture.Client.GetPageAsync("/articles/" + Slug.FromTitle(title));

        Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
        var attribution = page.QuerySelector("aside.attribution")!;
        Assert.Equal(publication, attribution.QuerySelector(".publication")?.TextContent);
        Assert.Equal(original, attribution.QuerySelector("a.original-link")?.GetAttribute("href"));
        if (authors is not null) Assert.Equal(authors, page.QuerySelector("article header .authors")?.TextContent);
    }

    [Fact]
    public async Task The_summary_is_shown_as_the_lead_and_searched_words_are_marked_in_it()
    {
        var url = "/articles/" + Slug.FromTitle("Giá vàng hôm nay (21/11): Giá vàng đi ngang");
        var page = await fixture.Client.GetPageAsync(url);
        var marked = await fixture.Client.GetPageAsync(url + "?hl=" + Uri.EscapeDataString("vàng nhẫn"));

        Assert.Equal("Sáng nay: vàng miếng đứng yên, vàng nhẫn tăng nhẹ theo giá thế giới.", page.QuerySelector("article p.lead")?.TextContent);
        Assert.Contains(marked.QuerySelectorAll("article p.lead mark"), m => m.TextContent.Contains("nhẫn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_page_reaches_the_reader_without_scripts_styles_or_event_handlers()
    {
        var response = await fixture.Client.GetAsync("/articles/" + Slug.FromTitle("Nước lũ rút chậm, người dân Quảng Ngãi dọn bùn: vất vả sau lũ"));
        var page = await Html.ParseAsync(response);
        var article = page.QuerySelector("article.article")!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(article.QuerySelectorAll("script, style, iframe, form, [onclick], [onload], [style]"));
        Assert.StartsWith("Nước lũ trên sông Trà Khúc rút chậm", article.QuerySelector("p.lead")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(article.QuerySelector(".article-body figure figcaption"));
        Assert.DoesNotContain("Tin liên quan", article.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("cố lên Quảng Ngãi", article.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_files_are_named_with_a_reason_a_person_understands()
    {
        await fixture.Site.Log.LineAsync("Index ready");
        var reasons = fixture.Site.Log.Warnings
            .Where(w => w.MessageTemplate.Text.StartsWith("Skipped article file", StringComparison.Ordinal))
            .ToDictionary(w => LogCapture.Property(w, "File")!, w => LogCapture.Property(w, "Reason")!);

        Assert.Equal(2, reasons.Count);
        Assert.Equal("the file has no front matter and no '# heading' to take a title from", reasons["hong/khong-tieu-de.md"]);
        Assert.StartsWith("the front matter is not valid YAML at line 3 of the file (a list opened with '[' is not closed with ']')", reasons["hong/yaml-hong.md"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_load_is_one_line_counting_articles_added_and_files_refused()
    {
        var ready = await fixture.Site.Log.LineAsync("Index ready");

        Assert.Matches(@"^Index ready: 6 articles \(6 added, 0 changed, 0 removed\), 2 files refused, in \d+ ms$", ready);
    }
}
