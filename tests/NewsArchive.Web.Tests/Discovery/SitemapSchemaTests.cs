namespace NewsArchive.Web.Tests.Discovery;

/// <summary>The sitemap checks catch what crawlers reject, so a passing sitemap test means something.</summary>
public sealed class SitemapSchemaTests
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    [Theory]
    [InlineData("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>/articles/bai-viet</loc></url></urlset>")]
    [InlineData("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://tin.example.vn/a</loc><lastmod>28/02/2023</lastmod></url></urlset>")]
    [InlineData("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><lastmod>2023-02-28</lastmod></url></urlset>")]
    [InlineData("<urlset xmlns=\"http://www.google.com/schemas/sitemap/0.84\"><url><loc>https://tin.example.vn/a</loc></url></urlset>")]
    [InlineData("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></sitemapindex>")]
    public void Invalid_sitemaps_have_problems(string body)
    {
        Assert.NotEmpty(SitemapSchema.Problems(Head + body));
    }

    [Fact]
    public void More_than_fifty_thousand_urls_in_a_file_is_a_problem()
    {
        var url = "<url><loc>https://tin.example.vn/articles/bai-viet</loc></url>";
        var body = $"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{string.Concat(Enumerable.Repeat(url, 50_001))}</urlset>";

        Assert.Equal(["50001 URLs in one file"], SitemapSchema.Problems(Head + body));
    }

    [Fact]
    public void A_valid_sitemap_has_none()
    {
        var body = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://tin.example.vn/articles/bai-viet</loc><lastmod>2023-02-28T08:00:00+07:00</lastmod></url></urlset>";

        Assert.Empty(SitemapSchema.Problems(Head + body));
    }
}
