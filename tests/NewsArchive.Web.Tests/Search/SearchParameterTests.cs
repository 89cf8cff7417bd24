using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Search;

/// <summary>Bad parameters get a 400 that says in Vietnamese what is wrong; odd words get results, never an error.</summary>
public sealed class SearchParameterTests(SearchSite fixture) : IClassFixture<SearchSite>
{
    private HttpClient Client => fixture.Client;

    public static TheoryData<string, string> BadParameters => new()
    {
        { "page=0", "Số trang phải là một số nguyên từ 1 trở lên" },
        { "page=-1", "Số trang phải là một số nguyên từ 1 trở lên" },
        { "page=abc", "Số trang phải là một số nguyên từ 1 trở lên" },
        { "page=1.5", "Số trang phải là một số nguyên từ 1 trở lên" },
        { "page=99999999999999999999", "Số trang phải là một số nguyên từ 1 trở lên" },
        { "pageSize=0", "pageSize" },
        { "pageSize=101", "pageSize" },
        { "pageSize=abc", "pageSize" },
        { "from=2023-13-45", "Ngày bắt đầu (from)" },
        { "from=28/02/2023", "Ngày bắt đầu (from)" },
        { "to=2023-02-30", "Ngày kết thúc (to)" },
        { "from=2024-05-02&to=2024-05-01", "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc" },
        { "sort=xyz", "relevance, newest hoặc oldest" },
        { "page=100000", "10.000 kết quả đầu tiên" },
        { "page=2001&pageSize=5", "10.000 kết quả đầu tiên" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task The_search_page_answers_bad_parameters_with_a_400_page_in_Vietnamese(string parameters, string message)
    {
        var response = await Client.GetAsync("/search?q=thoi+tiet&" + parameters);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Html.ParseAsync(response);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Yêu cầu không hợp lệ", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains(message, page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task The_api_answers_bad_parameters_with_problem_json_in_Vietnamese(string parameters, string message)
    {
        var response = await Client.GetAsync("/api/search?q=thoi+tiet&" + parameters);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(message, json.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("pageSize=100")]
    [InlineData("pageSize=1")]
    [InlineData("sort=NEWEST")]
    [InlineData("sort=")]
    [InlineData("from=2024-02-01&to=2024-02-01")]
    [InlineData("from=&to=&source=&page=")]
    public async Task Parameters_at_the_edges_are_accepted(string parameters)
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/search?q=thoi+tiet&" + parameters)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/search?q=thoi+tiet&" + parameters)).StatusCode);
    }

    public static TheoryData<string> HostileQueries => new()
    {
        Uri.EscapeDataString("ngày 5/5 U23 Việt Nam: thắng (2-1"),
        Uri.EscapeDataString("C++"),
        Uri.EscapeDataString("\"Hà Nội"),
        Uri.EscapeDataString("(Hà Nội"),
        Uri.EscapeDataString("AND OR NOT"),
        Uri.EscapeDataString("*nội"),
        Uri.EscapeDataString("Nam:"),
        Uri.EscapeDataString("<script>alert(1)</script>"),
        Uri.EscapeDataString("⚽ 🇻🇳"),
        Uri.EscapeDataString(string.Concat(Enumerable.Repeat("Mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu. ", 200))),
        "%00%01%1F",
        "%ED%A0%80", // a lone surrogate as UTF-8 bytes
        "%FF%FE%C3",
        "%E2%80%8B",
        "a&q=b",
        "%",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Odd_words_on_the_search_page_give_a_page_not_an_error(string escaped)
    {
        var response = await Client.GetAsync("/search?q=" + escaped);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Null(page.QuerySelector("main script"));
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Odd_words_in_the_api_give_results_not_an_error(string escaped)
    {
        var response = await Client.GetAsync("/api/search?q=" + escaped);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("items").GetArrayLength() <= SearchFixtures.PageSize);
    }
}
