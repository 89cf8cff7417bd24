using System.Net;
using NewsArchive.Web.Tests.Support;
using F = NewsArchive.Web.Tests.Support.SearchFixtures;

namespace NewsArchive.Web.Tests.Search;

/// <summary>/search as a reader sees it: how many were found, marked passages, links that keep the words.</summary>
public sealed class SearchPageTests(SearchSite fixture) : IClassFixture<SearchSite>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Results_say_how_many_were_found_and_mark_the_words_in_title_and_passage()
    {
        var page = await Client.GetPageAsync("/search?q=ban+chi+dao");

        Assert.Equal("Tìm thấy 1 bài viết.", page.QuerySelector(".count")?.TextContent.Trim());
        var result = Assert.Single(page.QuerySelectorAll(".article-list li"));
        Assert.Equal("Ban Chỉ đạo", result.QuerySelector("h2 mark")?.TextContent);
        Assert.Equal(F.SteeringTitle, result.QuerySelector("h2 a")?.TextContent);
        Assert.Contains("Ban Chỉ đạo", result.QuerySelectorAll(".excerpt mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Result_links_open_the_article_with_the_searched_words_to_highlight()
    {
        var page = await Client.GetPageAsync("/search?q=ban+chi+dao");

        Assert.Equal($"/articles/{F.SteeringSlug}?hl=ban%20chi%20dao", page.QuerySelector(".article-list h2 a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Text_that_looks_like_a_tag_is_shown_as_text()
    {
        var page = await Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("in đậm"));

        var excerpt = page.QuerySelector(".article-list .excerpt")!;
        Assert.Contains("<b>x</b>", excerpt.TextContent);
        Assert.Null(excerpt.QuerySelector("b"));
        Assert.Equal("in đậm", excerpt.QuerySelector("mark")?.TextContent);
    }

    [Fact]
    public async Task Vietnamese_letters_are_sent_as_text_not_numeric_entities()
    {
        var html = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("thời tiết"));

        Assert.Contains("<mark>thời tiết</mark>", html);
        Assert.DoesNotMatch("&#(x[0-9a-fA-F]+|[0-9]{3,});", html);
    }

    [Fact]
    public async Task Many_results_come_a_page_at_a_time_and_the_next_page_keeps_the_words()
    {
        var first = await Client.GetPageAsync("/search?q=thoi+tiet");

        Assert.Equal($"Tìm thấy {F.BulletinCount} bài viết – trang 1/2.", first.QuerySelector(".count")?.TextContent.Trim());
        Assert.Equal(F.PageSize, first.QuerySelectorAll(".article-list li").Length);
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/search?q=thoi%20tiet&page=2", next);

        var second = await Client.GetPageAsync(next!);
        Assert.Equal(F.BulletinCount - F.PageSize, second.QuerySelectorAll(".article-list li").Length);
        Assert.All(second.QuerySelectorAll(".article-list h2 a"), a => Assert.EndsWith("?hl=thoi%20tiet", a.GetAttribute("href")));
    }

    // Observed: 200, an empty list and a pager reading "Trang 3 / 2" with only a link back. The home page answers
    // the same situation with a 404 that says "chỉ có 2 trang".
    [Fact]
    public async Task A_page_past_the_last_says_how_many_pages_there_are()
    {
        var page = await Client.GetPageAsync("/search?q=thoi+tiet&page=3");

        var main = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Trang 3 / 2", main);
        Assert.Contains("2 trang", main);
    }

    [Fact]
    public async Task Nothing_found_says_so_and_suggests_what_to_try()
    {
        var response = await Client.GetAsync("/search?q=" + Uri.EscapeDataString("khủng long bạo chúa"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Không tìm thấy bài viết nào", page.QuerySelector(".no-results h2")?.TextContent);
        Assert.Null(page.QuerySelector(".article-list"));
    }

    [Fact]
    public async Task A_query_of_only_excluded_words_lists_everything_else()
    {
        static int Found(AngleSharp.Dom.IDocument page) =>
            int.Parse(page.QuerySelector(".count")!.TextContent.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);

        var without = await Client.GetPageAsync("/search?q=-thoi");
        var with = await Client.GetPageAsync("/search?q=thoi");

        Assert.NotNull(without.QuerySelector(".article-list li"));
        Assert.Equal(F.ArticleCount, Found(without) + Found(with));
    }

    [Fact]
    public async Task Words_typed_without_diacritics_get_a_link_to_the_archive_s_spelling()
    {
        var page = await Client.GetPageAsync("/search?q=ban+chi+dao&sort=newest");

        var link = page.QuerySelector(".suggestion a");
        Assert.Equal("Có phải bạn muốn tìm: Ban Chỉ đạo", page.QuerySelector(".suggestion")?.TextContent.Trim());
        Assert.Equal("/search?q=Ban%20Ch%E1%BB%89%20%C4%91%E1%BA%A1o&sort=newest", link?.GetAttribute("href"));
    }

    [Fact]
    public async Task Nothing_found_offers_the_query_without_its_rarest_word()
    {
        var page = await Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("thời tiết khủnglong"));

        var relaxed = page.QuerySelector(".no-results li a");
        Assert.Equal("thời tiết", relaxed?.TextContent);
        Assert.Equal("/search?q=th%E1%BB%9Di%20ti%E1%BA%BFt", relaxed?.GetAttribute("href"));
    }

    [Fact]
    public async Task Telex_typed_with_the_input_method_off_is_searched_as_meant_with_a_way_back()
    {
        var page = await Client.GetPageAsync("/search?q=thowif+tieets");

        Assert.Equal("thời tiết", page.QuerySelector(".reading strong")?.TextContent);
        Assert.Equal("/search?q=thowif%20tieets&literal=1", page.QuerySelector(".reading a")?.GetAttribute("href"));
        Assert.Equal($"Tìm thấy {F.BulletinCount} bài viết – trang 1/2.", page.QuerySelector(".count")?.TextContent.Trim());

        var literal = await Client.GetPageAsync("/search?q=thowif+tieets&literal=1");
        Assert.Null(literal.QuerySelector(".reading"));
        Assert.NotNull(literal.QuerySelector(".no-results"));
    }

    [Fact]
    public async Task Telex_typed_inside_quotation_marks_is_searched_as_a_phrase_of_the_words_meant()
    {
        var page = await Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("\"thowif tieets\"!"));

        Assert.Equal("\"thời tiết\"!", page.QuerySelector(".reading strong")?.TextContent);
        Assert.Equal($"Tìm thấy {F.BulletinCount} bài viết – trang 1/2.", page.QuerySelector(".count")?.TextContent.Trim());
    }

    [Fact]
    public async Task Results_are_counted_by_year_and_source_and_one_click_narrows_them()
    {
        var page = await Client.GetPageAsync("/search?from=2000-01-01");

        var years = page.QuerySelectorAll("#facet-years + ul li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal([$"2024 ({F.BulletinCount + 1})", "2023 (1)"], years);
        var sources = page.QuerySelectorAll("#facet-sources + ul li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal($"Đài Khí tượng Nam Bộ ({F.BulletinCount})", sources[0]);

        var year = page.QuerySelector("#facet-years + ul li:nth-child(2) a")!.GetAttribute("href")!;
        Assert.Equal("/search?from=2023-01-01&to=2023-12-31", year);
        var narrowed = await Client.GetPageAsync(year);
        Assert.Equal(["Mưa lớn gây ngập sâu ở miền Trung"], narrowed.QuerySelectorAll(".article-list h2").Select(h => h.TextContent.Trim()));

        var source = page.QuerySelector("#facet-sources + ul li:first-child a")!.GetAttribute("href")!;
        Assert.Equal("/search?from=2000-01-01&source=dai-khi-tuong-nam-bo", source);
        Assert.Equal($"Tìm thấy {F.BulletinCount} bài viết – trang 1/2.", (await Client.GetPageAsync(source)).QuerySelector(".count")?.TextContent.Trim());
    }
}
