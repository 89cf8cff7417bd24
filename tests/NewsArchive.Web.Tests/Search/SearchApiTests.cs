using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;
using F = NewsArchive.Web.Tests.Support.SearchFixtures;

namespace NewsArchive.Web.Tests.Search;

/// <summary>/api/search gives the JSON of the contract: exactly those fields, dates in Vietnam time.</summary>
public sealed class SearchApiTests(SearchSite fixture) : IClassFixture<SearchSite>
{
    private HttpClient Client => fixture.Client;

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static string[] Names(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static JsonElement Item(JsonElement results, string slug) =>
        results.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == slug);

    [Fact]
    public async Task A_search_answers_with_exactly_the_fields_of_the_contract()
    {
        var results = await GetJsonAsync("/api/search?q=ban+chi+dao");

        Assert.Equal(["items", "page", "pageSize", "query", "suggestion", "total", "totalIsEstimate"], Names(results));
        Assert.Equal("ban chi dao", results.GetProperty("query").GetString());
        Assert.Equal(1, results.GetProperty("total").GetInt32());
        Assert.False(results.GetProperty("totalIsEstimate").GetBoolean());
        Assert.Equal(1, results.GetProperty("page").GetInt32());
        Assert.Equal(F.PageSize, results.GetProperty("pageSize").GetInt32());
        Assert.Equal("Ban Chỉ đạo", results.GetProperty("suggestion").GetString());

        var item = Assert.Single(results.GetProperty("items").EnumerateArray());
        Assert.Equal(["date", "slug", "snippet", "source", "title", "url"], Names(item));
        Assert.Equal(F.SteeringSlug, item.GetProperty("slug").GetString());
        Assert.Equal("/articles/" + F.SteeringSlug, item.GetProperty("url").GetString());
        Assert.Equal(F.SteeringTitle, item.GetProperty("title").GetString());
        Assert.Equal("2024-01-15T08:00:00+07:00", item.GetProperty("date").GetString());
        Assert.Equal(["name", "url"], Names(item.GetProperty("source")));
        Assert.Equal("Báo Tuổi Trẻ", item.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal(F.SteeringSourceUrl, item.GetProperty("source").GetProperty("url").GetString());
        Assert.StartsWith("Sáng 15/1, <mark>Ban Chỉ đạo</mark> phòng chống", item.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task An_article_without_date_or_source_has_nulls_for_them()
    {
        var item = Item(await GetJsonAsync("/api/search?q=lang+chai"), F.NoteSlug);

        Assert.Equal(JsonValueKind.Null, item.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("source").ValueKind);
    }

    [Fact]
    public async Task A_source_without_a_link_has_a_null_url()
    {
        var item = Item(await GetJsonAsync("/api/search?q=mua+lon"), F.FloodSlug);

        Assert.Equal(JsonValueKind.Null, item.GetProperty("source").GetProperty("url").ValueKind);
    }

    // Observed: "2023-10-20T17:30:00+00:00". SearchHitJson.From passes the stored offset through; the contract's
    // dates are +07:00, and the HTML pages already convert with VietnamTime.ToLocal.
    [Fact]
    public async Task Dates_are_given_in_Vietnam_time_even_when_the_file_wrote_them_in_UTC()
    {
        var item = Item(await GetJsonAsync("/api/search?q=mua+lon"), F.FloodSlug);

        Assert.Equal("2023-10-21T00:30:00+07:00", item.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Snippets_are_escaped_html_both_when_searching_and_when_browsing()
    {
        var searched = Item(await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("in đậm")), F.TagsSlug);
        var browsed = Item(await GetJsonAsync("/api/search?pageSize=100"), F.TagsSlug);

        Assert.Contains("&lt;b&gt;x&lt;/b&gt; quanh một chữ để <mark>in đậm</mark>", searched.GetProperty("snippet").GetString());
        Assert.StartsWith("Người viết gõ thẻ &lt;b&gt;x&lt;/b&gt;", browsed.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Vietnamese_letters_in_JSON_are_not_escaped()
    {
        var body = await Client.GetStringAsync("/api/search?q=ban+chi+dao");

        Assert.Contains("Ban Chỉ đạo", body);
        Assert.DoesNotMatch(@"\\u(00[C-F][0-9A-F]|01[0-9A-F]{2}|1E[0-9A-F]{2})", body); // Vietnamese letters, escaped

    }

    [Fact]
    public async Task Pages_and_page_size_are_honoured()
    {
        var second = await GetJsonAsync("/api/search?q=thoi+tiet&sort=oldest&page=2&pageSize=4");

        Assert.Equal(F.BulletinCount, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(4, second.GetProperty("pageSize").GetInt32());
        Assert.Equal(["Bản tin thời tiết biển số 5", "Bản tin thời tiết biển số 6"],
            second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_page_past_the_end_is_an_empty_list_with_the_total()
    {
        var results = await GetJsonAsync("/api/search?q=thoi+tiet&page=50");

        Assert.Equal(F.BulletinCount, results.GetProperty("total").GetInt32());
        Assert.Empty(results.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Filters_by_date_and_source_narrow_the_results()
    {
        var byDate = await GetJsonAsync("/api/search?from=2023-10-21&to=2023-10-21");
        var bySource = await GetJsonAsync("/api/search?source=dai-khi-tuong-nam-bo&pageSize=100");

        Assert.Equal(F.FloodSlug, Assert.Single(byDate.GetProperty("items").EnumerateArray()).GetProperty("slug").GetString());
        Assert.Equal(F.BulletinCount, bySource.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_query_typed_with_diacritics_has_no_suggestion()
    {
        var results = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("Ban Chỉ đạo"));

        Assert.Equal(JsonValueKind.Null, results.GetProperty("suggestion").ValueKind);
    }
}
