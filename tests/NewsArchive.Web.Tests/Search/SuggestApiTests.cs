using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Search;

/// <summary>/api/suggest: completions for the search box as small JSON, for any input.</summary>
public sealed class SuggestApiTests(SearchSite fixture) : IClassFixture<SearchSite>
{
    private async Task<JsonElement> GetJsonAsync(string typed)
    {
        var response = await fixture.Client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(typed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Typing_without_diacritics_offers_the_phrase_with_them_then_articles()
    {
        var body = await GetJsonAsync("ban chi d");

        Assert.Equal("ban chi d", body.GetProperty("query").GetString());
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("Ban Chỉ đạo", items[0].GetProperty("text").GetString());
        Assert.Equal("search", items[0].GetProperty("kind").GetString());
        Assert.Equal("/search?q=Ban%20Ch%E1%BB%89%20%C4%91%E1%BA%A1o", items[0].GetProperty("url").GetString());
        var article = items.Single(i => i.GetProperty("kind").GetString() == "article");
        Assert.Equal(SearchFixtures.SteeringTitle, article.GetProperty("text").GetString());
        Assert.Equal("/articles/" + SearchFixtures.SteeringSlug, article.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("-")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%00")]
    public async Task Odd_input_gets_an_empty_or_normal_list(string typed)
    {
        var body = await GetJsonAsync(typed);

        Assert.Equal(JsonValueKind.Array, body.GetProperty("items").ValueKind);
    }

    [Fact]
    public async Task A_long_paste_is_cut_and_the_answer_stays_small()
    {
        var body = await GetJsonAsync(string.Concat(Enumerable.Repeat("thời tiết ", 500)));

        Assert.True(body.GetProperty("query").GetString()!.Length <= 100);
        Assert.True(body.GetProperty("items").GetArrayLength() <= 8);
    }

    [Fact]
    public async Task Answers_may_be_cached_for_a_minute()
    {
        var response = await fixture.Client.GetAsync("/api/suggest?q=thoi+t");

        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
    }
}
