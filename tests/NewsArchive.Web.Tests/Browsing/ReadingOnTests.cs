using NewsArchive.Web.Tests.Support;
using D = NewsArchive.Web.Tests.Support.DateFixtures;

namespace NewsArchive.Web.Tests.Browsing;

/// <summary>From an article to the ones before and after it in time, its day, its source, and related articles.</summary>
public sealed class ReadingOnTests(DateSite fixture) : IClassFixture<DateSite>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task An_article_links_to_the_articles_just_before_and_after_it_in_time()
    {
        var page = await Client.GetPageAsync("/articles/tinh-hop-phien-dau-tien-cua-ban-chi-dao");

        Assert.Equal(D.NewYearsDay, page.QuerySelector(".neighbours a[rel=prev]")?.TextContent);
        Assert.Equal("Chiều cùng ngày, huyện triển khai kế hoạch", page.QuerySelector(".neighbours a[rel=next]")?.TextContent);
    }

    [Fact]
    public async Task The_oldest_article_has_no_previous_and_the_newest_no_next()
    {
        var oldest = await Client.GetPageAsync("/articles/phao-hoa-dem-giao-thua-ben-song-han");
        var newest = await Client.GetPageAsync("/articles/tin-bau-cu-so-7");

        Assert.Null(oldest.QuerySelector(".neighbours a[rel=prev]"));
        Assert.Equal(D.NewYearsDay, oldest.QuerySelector(".neighbours a[rel=next]")?.TextContent);
        Assert.Null(newest.QuerySelector(".neighbours a[rel=next]"));
        Assert.Equal("Tin bầu cử số 6", newest.QuerySelector(".neighbours a[rel=prev]")?.TextContent);
    }

    [Fact]
    public async Task An_article_links_to_its_day_and_its_source()
    {
        var page = await Client.GetPageAsync("/articles/tinh-hop-phien-dau-tien-cua-ban-chi-dao");

        Assert.Equal("/archive/2023/02/28", page.QuerySelector(".same-day")?.GetAttribute("href"));
        Assert.Equal("/sources/bao-mau", page.QuerySelector(".same-source")?.GetAttribute("href"));
        Assert.Equal("Các bài khác của Báo Mẫu", page.QuerySelector(".same-source")?.TextContent);
    }

    [Fact]
    public async Task Related_articles_are_about_the_same_thing_and_not_the_article_itself()
    {
        var page = await Client.GetPageAsync("/articles/tin-bau-cu-so-3");

        var related = page.QuerySelectorAll(".related li a").Select(a => a.TextContent).ToList();
        Assert.Equal(5, related.Count);
        Assert.All(related, title => Assert.StartsWith("Tin bầu cử số ", title));
        Assert.DoesNotContain("Tin bầu cử số 3", related);
    }
}
