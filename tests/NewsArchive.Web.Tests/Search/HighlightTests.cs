using System.Net;
using NewsArchive.Web.Tests.Support;
using F = NewsArchive.Web.Tests.Support.SearchFixtures;

namespace NewsArchive.Web.Tests.Search;

/// <summary>An article opened from the results shows the searched words marked in its text.</summary>
public sealed class HighlightTests(SearchSite fixture) : IClassFixture<SearchSite>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Words_typed_without_marks_are_marked_in_the_article_body()
    {
        var page = await Client.GetPageAsync($"/articles/{F.SteeringSlug}?hl=ban%20chi%20dao");

        var marks = page.QuerySelectorAll(".article-body mark").Select(m => m.TextContent).ToList();
        Assert.Equal(["Ban Chỉ đạo", "Ban Chỉ đạo"], marks);
    }

    [Fact]
    public async Task Without_hl_nothing_is_marked()
    {
        var page = await Client.GetPageAsync($"/articles/{F.SteeringSlug}");

        Assert.Empty(page.QuerySelectorAll("mark"));
    }

    [Fact]
    public async Task Marking_touches_link_text_but_never_the_link_itself()
    {
        var page = await Client.GetPageAsync($"/articles/{F.SteeringSlug}?hl=" + Uri.EscapeDataString("thiên tai"));

        var link = page.QuerySelector(".article-body a")!;
        Assert.Equal("https://tinmientrung.example.vn/thien-tai", link.GetAttribute("href"));
        Assert.Equal("thiên tai", link.QuerySelector("mark")?.TextContent);
        Assert.Equal("Xem thêm về thiên tai", link.TextContent);
    }

    [Fact]
    public async Task Text_that_looks_like_a_tag_stays_text_when_marked()
    {
        var page = await Client.GetPageAsync($"/articles/{F.TagsSlug}?hl=" + Uri.EscapeDataString("thẻ in đậm"));

        var body = page.QuerySelector(".article-body")!;
        Assert.Null(body.QuerySelector("b"));
        Assert.Contains("<b>x</b>", body.TextContent);
        Assert.Equal(["thẻ", "in đậm"], body.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    [Theory]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    [InlineData("%ED%A0%80")]
    [InlineData("mark")]
    public async Task Hostile_hl_values_change_nothing_but_marks(string hl)
    {
        var response = await Client.GetAsync($"/articles/{F.SteeringSlug}?hl={hl}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll(".article-body script, .article-body img"));
        Assert.StartsWith("Sáng 15/1, Ban Chỉ đạo", page.QuerySelector(".article-body p")?.TextContent);
    }
}
