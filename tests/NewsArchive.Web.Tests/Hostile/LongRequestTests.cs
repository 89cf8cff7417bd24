using System.Net;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>A pasted paragraph is a search like any other, on the real server with its real limits.</summary>
public sealed class LongRequestTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private static string Paragraph(int length)
    {
        const string sentence = "Đồng bằng sông Cửu Long bước vào vụ lúa mới, nông dân phấn khởi vì giá lúa tăng. ";
        return string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];
    }

    [Theory]
    [InlineData("/search?q=")]
    [InlineData("/api/search?q=")]
    [InlineData("/articles/ban-tin-nong-nghiep-so-1?hl=")]
    [InlineData("/api/suggest?q=")]
    public async Task A_ten_thousand_character_query_gets_an_ordinary_answer(string path)
    {
        var response = await site.Client.GetAsync(path + Uri.EscapeDataString(Paragraph(10_000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_search_page_finds_articles_for_a_pasted_paragraph()
    {
        var page = await Support.Html.ParseAsync(await site.Client.GetAsync("/search?q=" + Uri.EscapeDataString(Paragraph(10_000))));

        Assert.NotEmpty(page.QuerySelectorAll("main li a[href^='/articles/']"));
    }

    [Fact]
    public async Task A_request_line_of_sixty_kilobytes_is_still_answered()
    {
        var response = await site.Client.GetAsync("/search?q=" + new string('a', 60_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_request_line_past_the_server_limit_is_refused_without_an_error()
    {
        var response = await site.Client.GetAsync("/search?q=" + new string('a', 100_000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }
}
