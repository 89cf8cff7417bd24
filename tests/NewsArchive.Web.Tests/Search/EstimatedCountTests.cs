using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;
using S = NewsArchive.Web.Tests.Support.CommonWordsSite;

namespace NewsArchive.Web.Tests.Search;

/// <summary>
/// A search matching much of the archive says "about" so many, counted from a sample, and still lists the best
/// articles first, page after page; a reader paging past what the estimate found, or listing by date, gets exact counts.
/// </summary>
public sealed class EstimatedCountTests(CommonWordsSite fixture) : IClassFixture<CommonWordsSite>
{
    private static readonly string Query = Uri.EscapeDataString(S.Query);

    private HttpClient Client => fixture.Client;

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static List<string> Slugs(JsonElement results) =>
        results.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();

    [Fact]
    public async Task The_page_says_about_how_many_and_lists_the_report_first()
    {
        var page = await Client.GetPageAsync($"/search?q={Query}");

        var count = page.QuerySelector("p.count")!.TextContent;
        Assert.StartsWith("Tìm thấy khoảng ", count);
        Assert.StartsWith($"/articles/{S.ReportSlug}?", page.QuerySelector(".article-list h2 a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_json_says_the_total_is_an_estimate_near_the_true_count()
    {
        var results = await GetJsonAsync($"/api/search?q={Query}");

        Assert.True(results.GetProperty("totalIsEstimate").GetBoolean());
        Assert.InRange(results.GetProperty("total").GetInt32(), S.Matching * 0.8, S.Matching * 1.2);
        Assert.Equal(S.ReportSlug, Slugs(results)[0]);
    }

    [Fact]
    public async Task Page_two_follows_page_one_without_repeating_it()
    {
        var first = await GetJsonAsync($"/api/search?q={Query}&pageSize=20");
        var second = await GetJsonAsync($"/api/search?q={Query}&pageSize=20&page=2");

        Assert.True(second.GetProperty("totalIsEstimate").GetBoolean());
        Assert.Equal(20, Slugs(second).Count);
        Assert.Empty(Slugs(first).Intersect(Slugs(second)));
    }

    [Fact]
    public async Task Paging_past_what_the_estimate_found_counts_every_match()
    {
        var results = await GetJsonAsync($"/api/search?q={Query}&pageSize=100&page=2");

        Assert.False(results.GetProperty("totalIsEstimate").GetBoolean());
        Assert.Equal(S.Matching, results.GetProperty("total").GetInt32());
        Assert.Equal(S.Matching - 100, Slugs(results).Count);
    }

    [Fact]
    public async Task Newest_first_counts_every_match()
    {
        var results = await GetJsonAsync($"/api/search?q={Query}&sort=newest");

        Assert.False(results.GetProperty("totalIsEstimate").GetBoolean());
        Assert.Equal(S.Matching, results.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Words_in_a_smaller_share_than_the_threshold_are_counted_exactly()
    {
        var results = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString("đội ghe ngo tranh tài trên sông")}");

        Assert.False(results.GetProperty("totalIsEstimate").GetBoolean());
        Assert.Equal(50, results.GetProperty("total").GetInt32());
    }
}
