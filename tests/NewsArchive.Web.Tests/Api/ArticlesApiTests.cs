using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Api;

public sealed class ArticlesApiTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task An_article_comes_as_the_JSON_of_the_contract()
    {
        var response = await Client.GetAsync("/api/articles/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var article = json.RootElement;
        Assert.Equal("tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang", article.GetProperty("slug").GetString());
        Assert.Equal("/articles/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang", article.GetProperty("url").GetString());
        Assert.Equal("Tiếp tục phát huy vai trò Ban Chỉ đạo 35 các cấp tỉnh An Giang", article.GetProperty("title").GetString());
        Assert.Equal("2023-02-28T00:00:00+07:00", article.GetProperty("date").GetString());
        Assert.Equal(["Mỹ Linh", "Trung Hiếu"], article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Báo An Giang", article.GetProperty("source").GetProperty("name").GetString());
        Assert.StartsWith("https://baoangiang.com.vn/", article.GetProperty("source").GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Array, article.GetProperty("tags").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("summary").ValueKind);
        Assert.Contains("<p class=\"caption\">Quang cảnh hội nghị</p>", article.GetProperty("html").GetString());
    }

    [Fact]
    public async Task An_undated_article_has_a_null_date()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/articles/chuyen-lang-nghe-det-chieu-khong-ro-ngay"));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("source").GetProperty("url").ValueKind);
    }

    [Theory]
    [InlineData("/api/articles/khong-co-bai-nay")]
    [InlineData("/api/khong-co-gi")]
    public async Task Unknown_things_are_problem_JSON_404s(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
    }
}
