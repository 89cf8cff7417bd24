using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Search;

/// <summary>The search boxes and filters: where they are, and that they show what the reader asked for.</summary>
public sealed class SearchFormTests(SearchSite fixture) : IClassFixture<SearchSite>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task The_words_stay_in_both_search_boxes()
    {
        var page = await Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("thiên tai \"Ban Chỉ đạo\""));

        Assert.Equal("thiên tai \"Ban Chỉ đạo\"", page.QuerySelector("#search-q")?.GetAttribute("value"));
        Assert.Equal("thiên tai \"Ban Chỉ đạo\"", page.QuerySelector("#site-q")?.GetAttribute("value"));
        Assert.Contains("thiên tai", page.Title);
    }

    [Fact]
    public async Task A_date_range_alone_lists_that_range_newest_first()
    {
        var page = await Client.GetPageAsync("/search?from=2024-02-02&to=2024-02-04");

        var titles = page.QuerySelectorAll(".article-list h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Bản tin thời tiết biển số 4", "Bản tin thời tiết biển số 3", "Bản tin thời tiết biển số 2"], titles);
        Assert.Empty(page.QuerySelectorAll(".article-list mark"));
        Assert.Equal("2024-02-02", page.QuerySelector("#search-from")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_source_filter_lists_each_publication_and_keeps_the_one_chosen()
    {
        var page = await Client.GetPageAsync("/search?q=thien+tai&source=bao-tuoi-tre");

        var chosen = page.QuerySelector("#search-source option[selected]");
        Assert.Equal("bao-tuoi-tre", chosen?.GetAttribute("value"));
        Assert.StartsWith("Báo Tuổi Trẻ", chosen?.TextContent);
        Assert.Single(page.QuerySelectorAll(".article-list li"));
        Assert.Contains(page.QuerySelectorAll("#search-source option"), o => o.GetAttribute("value") == "dai-khi-tuong-nam-bo");
    }

    [Theory]
    [InlineData("newest", "newest")]
    [InlineData("oldest", "oldest")]
    public async Task The_order_chosen_is_the_one_shown_and_the_one_used(string sort, string shown)
    {
        var page = await Client.GetPageAsync($"/search?q=thoi+tiet&sort={sort}");

        Assert.Equal(shown, page.QuerySelector("#search-sort option[selected]")?.GetAttribute("value"));
        var first = page.QuerySelector(".article-list h2 a")!.TextContent;
        Assert.Equal(shown == "newest" ? "Bản tin thời tiết biển số 6" : "Bản tin thời tiết biển số 1", first);
    }

    // Observed: sort=NEWEST sorts newest first (the value is read case-insensitively) but no option is selected,
    // so the form shows "Phù hợp nhất" and resubmitting it silently changes the order.
    [Fact]
    public async Task An_order_typed_in_capitals_is_shown_as_chosen()
    {
        var page = await Client.GetPageAsync("/search?q=thoi+tiet&sort=NEWEST");

        Assert.Equal("newest", page.QuerySelector("#search-sort option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_empty_search_explains_how_to_search()
    {
        var page = await Client.GetPageAsync("/search");

        Assert.Contains("dấu ngoặc kép", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector(".article-list"));
    }

    [Fact]
    public async Task The_home_page_header_has_a_labelled_search_box_that_goes_to_search()
    {
        var page = await Client.GetPageAsync("/");

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        var label = page.QuerySelector($"label[for='{input.Id}']");
        Assert.False(string.IsNullOrWhiteSpace(label?.TextContent));
        Assert.Equal("search", input.GetAttribute("type"));
    }
}
