using System.Text.Json;
using AngleSharp.Dom;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Pages;

/// <summary>What pages say about themselves to search engines and link previews: canonical, OpenGraph, JSON-LD.</summary>
public sealed class PageHeadTests(DateSite fixture) : IClassFixture<DateSite>
{
    private const string Slug = "tinh-hop-phien-dau-tien-cua-ban-chi-dao";

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    [Fact]
    public async Task An_article_has_a_canonical_address_without_highlight_words_and_an_article_preview()
    {
        var page = await fixture.Client.GetPageAsync($"/articles/{Slug}?hl=ban+chi+dao");

        var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        Assert.Equal($"http://localhost/articles/{Slug}", canonical);
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("Tỉnh họp phiên đầu tiên của Ban Chỉ đạo", Meta(page, "og:title"));
        Assert.Equal(canonical, Meta(page, "og:url"));
        Assert.Equal("vi_VN", Meta(page, "og:locale"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Equal("2023-02-28T08:00:00+07:00", Meta(page, "article:published_time"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task An_article_describes_itself_as_a_news_article_based_on_the_original()
    {
        var page = await fixture.Client.GetPageAsync($"/articles/{Slug}");

        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = ld.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("Tỉnh họp phiên đầu tiên của Ban Chỉ đạo", root.GetProperty("headline").GetString());
        Assert.Equal("2023-02-28T08:00:00+07:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("vi", root.GetProperty("inLanguage").GetString());
        var original = root.GetProperty("isBasedOn");
        Assert.Equal("Organization", original.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("Báo Mẫu", original.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_search_for_words_alone_is_a_page_search_engines_may_keep_under_its_words()
    {
        var page = await fixture.Client.GetPageAsync("/search?q=+ban+chi+dao+");

        Assert.Equal("http://localhost/search?q=ban%20chi%20dao", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=khongcobaonaocotu")]
    [InlineData("/search?q=ban+chi+dao&sort=newest")]
    [InlineData("/search?q=ban+chi+dao&from=2023-01-01")]
    [InlineData("/search?q=ban+chi+dao&page=1")]
    public async Task Empty_filtered_sorted_or_paged_searches_ask_not_to_be_indexed(string path)
    {
        var page = await fixture.Client.GetPageAsync(path);

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/?page=2", "http://localhost/?page=2")]
    [InlineData("/archive/2023/02", "http://localhost/archive/2023/02")]
    [InlineData("/search?q=ban+chi+dao&sort=newest", "http://localhost/search?q=ban%20chi%20dao")]
    public async Task Lists_are_canonical_by_path_and_page_number(string url, string canonical)
    {
        var page = await fixture.Client.GetPageAsync(url);

        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Null(page.QuerySelector("script[type='application/ld+json']"));
    }
}

/// <summary>With <c>Archive:IndexArticleText=false</c>, article pages ask search engines not to index their text.</summary>
public sealed class NoIndexTests : IAsyncLifetime
{
    private readonly TempFolder _content = new();
    private ArchiveSite _site = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        DateFixtures.WriteTo(_content);
        _site = new ArchiveSite(_content.Path).With("Archive:IndexArticleText", "false").With("Archive:BaseUrl", "https://tin.example.vn");
        _client = await _site.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _content.Dispose();
    }

    [Fact]
    public async Task Article_pages_say_noindex_and_lists_do_not()
    {
        var article = await _client.GetPageAsync("/articles/tin-bau-cu-so-1");
        var home = await _client.GetPageAsync("/");

        Assert.Equal("noindex", article.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(home.QuerySelector("meta[name=robots]"));
        Assert.Equal("https://tin.example.vn/articles/tin-bau-cu-so-1", article.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }
}
