using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>Control characters or blanks where a slug or name belongs name nothing: a 404, never a 500 or a list of everything.</summary>
public sealed class RouteValueTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    public static TheoryData<string> Pages => new()
    {
        "/articles/%0A",
        "/articles/%0D%0A",
        "/articles/%09",
        "/articles/%20",
        "/articles/%1B%5B31m",
        "/articles/ban-tin%0Anong-nghiep",
        "/articles/%C2%85",
        "/articles/%7F",
        "/tags/%0A",
        "/tags/%20",
        "/sources/%0A",
        "/sources/%20%20",
        "/sitemap-%0A.xml",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_address_with_control_characters_or_blanks_is_a_404_page(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var page = await Html.ParseAsync(response);
            Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
            Assert.Empty(page.QuerySelectorAll(".article-list > li"));
        }
    }

    [Theory]
    [InlineData("/api/articles/%0A")]
    [InlineData("/api/articles/%20")]
    public async Task An_api_address_with_control_characters_or_blanks_is_a_404_problem(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_ordinary_slug_still_opens_its_article()
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync("/articles/ban-tin-nong-nghiep-so-1")).StatusCode);
    }
}

/// <summary>The error pages are shown by the pipeline; their own addresses, typed in, are unknown addresses.</summary>
public sealed class ErrorAddressTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    [Theory]
    [InlineData("/error/500")]
    [InlineData("/error/404")]
    [InlineData("/error/200")]
    [InlineData("/error/2024")]
    [InlineData("/error/-1")]
    [InlineData("/error/99999999999")]
    public async Task An_error_page_address_typed_in_is_a_404(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
