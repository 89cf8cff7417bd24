using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Pages;

public sealed class ArticlePageTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private const string SeedUrl = "/articles/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang";
    private const string OriginalUrl = "https://baoangiang.com.vn/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang-a356450.html";

    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task The_seed_report_shows_its_title_date_and_authors()
    {
        var page = await Client.GetPageAsync(SeedUrl);

        Assert.Equal("Tiếp tục phát huy vai trò Ban Chỉ đạo 35 các cấp tỉnh An Giang", page.QuerySelector("h1")?.TextContent);
        var time = page.QuerySelector("article header time")!;
        Assert.Equal("Thứ Ba, 28/02/2023", time.TextContent);
        Assert.Equal("2023-02-28", time.GetAttribute("datetime"));
        Assert.Equal("Mỹ Linh, Trung Hiếu", page.QuerySelector("article header .authors")?.TextContent);
        Assert.StartsWith("Tiếp tục phát huy vai trò Ban Chỉ đạo 35", page.Title);
    }

    [Fact]
    public async Task Photo_captions_are_set_apart_from_paragraphs()
    {
        var page = await Client.GetPageAsync(SeedUrl);

        var captions = page.QuerySelectorAll(".article-body .caption").Select(c => c.TextContent).ToList();
        Assert.Equal(3, captions.Count);
        Assert.Equal("Quang cảnh hội nghị", captions[0]);
        Assert.StartsWith("Sáng 28/2, Ban Chỉ đạo 35 tỉnh An Giang", page.QuerySelector(".article-body p:not(.caption)")?.TextContent);
    }

    [Fact]
    public async Task The_source_line_and_byline_are_attribution_not_body()
    {
        var page = await Client.GetPageAsync(SeedUrl);

        var body = page.QuerySelector(".article-body")!.TextContent;
        Assert.DoesNotContain("Nguồn An Giang", body);
        Assert.DoesNotContain("MỸ LINH", body);
        Assert.DoesNotContain("baoangiang.com.vn", body);
    }

    [Fact]
    public async Task The_attribution_names_the_publication_and_links_the_original_and_its_archived_copy()
    {
        var page = await Client.GetPageAsync(SeedUrl);

        var attribution = page.QuerySelector("aside.attribution")!;
        Assert.Equal("Báo An Giang", attribution.QuerySelector(".publication")?.TextContent);

        var original = attribution.QuerySelector("a.original-link")!;
        Assert.Equal(OriginalUrl, original.GetAttribute("href"));
        Assert.Equal("_blank", original.GetAttribute("target"));
        Assert.Contains("noopener", original.GetAttribute("rel")!.Split(' '));

        var wayback = attribution.QuerySelector("a.wayback-link")!.GetAttribute("href");
        Assert.Equal("https://web.archive.org/web/20230228/" + OriginalUrl, wayback);
        Assert.Contains("Mỹ Linh, Trung Hiếu", attribution.TextContent);
        Assert.Contains("Thứ Ba, 28/02/2023", attribution.TextContent);
    }

    [Fact]
    public async Task An_article_without_a_link_to_its_original_still_names_its_source()
    {
        var page = await Client.GetPageAsync("/articles/chuyen-lang-nghe-det-chieu-khong-ro-ngay");

        Assert.Equal("Báo Đồng Tháp", page.QuerySelector(".attribution .publication")?.TextContent);
        Assert.Null(page.QuerySelector(".attribution a.original-link"));
        Assert.Contains("Không rõ", page.QuerySelector(".attribution")!.TextContent);
    }

    [Fact]
    public async Task Script_and_javascript_links_in_an_article_file_are_never_served_as_code()
    {
        var page = await Client.GetPageAsync("/articles/" + ArchiveFixtures.HostileSlug);

        var body = page.QuerySelector(".article-body")!;
        Assert.Empty(body.QuerySelectorAll("script"));
        // The only script on the page is the site's own search-box file; nothing inline.
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script => Assert.StartsWith("/js/suggest.js?v=", script.GetAttribute("src")));
        Assert.Contains("<script>alert('xss')</script>", body.TextContent); // shown as text
        Assert.DoesNotContain("</script", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("lazy", body.QuerySelector("img")?.GetAttribute("loading"));
    }

    [Fact]
    public async Task An_evening_article_keeps_its_time_in_Vietnam()
    {
        var page = await Client.GetPageAsync("/articles/" + ArchiveFixtures.HostileSlug);

        var time = page.QuerySelector("article header time")!;
        Assert.Equal("2020-05-05T23:30:00+07:00", time.GetAttribute("datetime"));
        Assert.Equal("Thứ Ba, 05/05/2020, 23:30", time.TextContent);
    }

    [Fact]
    public async Task An_unknown_slug_is_a_404_page_that_helps_the_reader_on()
    {
        var response = await Client.GetAsync("/articles/khong-co-bai-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Không tìm thấy bài viết", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task A_slug_typed_with_capitals_redirects_to_the_article()
    {
        var response = await Client.GetAsync("/articles/Tiep-Tuc-Phat-Huy-Vai-Tro-Ban-Chi-Dao-35-Cac-Cap-Tinh-An-Giang");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(SeedUrl, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_page_in_Vietnamese()
    {
        var response = await Client.GetAsync("/khong/ton/tai");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }
}
