using NewsArchive.Search.Browsing;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Discovery;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>Which sitemap files an archive needs, worked out from its calendar, with a small limit of URLs a file.</summary>
public sealed class SitemapPlanTests
{
    private const int Limit = 5;
    private static readonly int SitePages = SitemapPlan.SitePages.Count;

    private static ArchiveCalendar Calendar(int undated, params (string Day, int Count)[] days) =>
        new(days.ToDictionary(d => DateOnly.Parse(d.Day, System.Globalization.CultureInfo.InvariantCulture), d => d.Count), undated);

    private static SearchRequest Year(int year) =>
        new() { Sort = SearchSort.Oldest, From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) };

    [Fact]
    public void An_archive_that_fits_is_one_file_with_the_site_pages_and_every_article_oldest_first()
    {
        var plan = SitemapPlan.For(Calendar(1, ("2023-05-01", 10), ("2024-01-01", 20)));

        Assert.False(plan.IsIndex);
        var file = Assert.Single(plan.Files);
        Assert.Equal(new SitemapFile("sitemap.xml", true, new SearchRequest { Sort = SearchSort.Oldest }, 0, 31), file);
    }

    [Fact]
    public void The_site_pages_count_towards_the_limit()
    {
        Assert.False(SitemapPlan.For(Calendar(Limit - SitePages), Limit).IsIndex);
        Assert.True(SitemapPlan.For(Calendar(Limit - SitePages + 1), Limit).IsIndex);
    }

    [Fact]
    public void Over_the_limit_it_is_an_index_of_years_newest_first_then_the_undated_file()
    {
        var plan = SitemapPlan.For(Calendar(1, ("2022-12-31", 3), ("2023-05-01", 1), ("2024-01-01", 2)), Limit);

        Assert.True(plan.IsIndex);
        Assert.Equal(["sitemap-2024.xml", "sitemap-2023.xml", "sitemap-2022.xml", "sitemap-undated.xml"], plan.Files.Select(f => f.Name));
        Assert.Equal(new SitemapFile("sitemap-2023.xml", false, Year(2023), 0, 1), plan.Find("sitemap-2023.xml"));
        Assert.Equal(new SitemapFile("sitemap-undated.xml", true, new SearchRequest { Sort = SearchSort.Oldest, Undated = true }, 0, 1), plan.Files[^1]);
        Assert.Null(plan.Find("sitemap.xml"));
    }

    [Fact]
    public void A_year_over_the_limit_is_cut_into_numbered_parts_even_inside_a_busy_day()
    {
        var plan = SitemapPlan.For(Calendar(0, ("2024-01-01", 2), ("2024-03-01", 9), ("2024-12-31", 1)), Limit);

        Assert.Equal(["sitemap-2024-1.xml", "sitemap-2024-2.xml", "sitemap-2024-3.xml", "sitemap-undated.xml"], plan.Files.Select(f => f.Name));
        Assert.Equal([(0L, 5), (5L, 5), (10L, 2)], plan.Files.SkipLast(1).Select(f => (f.Skip, f.Take)));
        Assert.All(plan.Files.SkipLast(1), f => Assert.Equal(Year(2024), f.Articles));
    }

    [Fact]
    public void Many_undated_articles_follow_the_site_pages_in_numbered_parts()
    {
        var plan = SitemapPlan.For(Calendar(8, ("2024-01-01", 1)), Limit);

        Assert.Equal(["sitemap-2024.xml", "sitemap-undated-1.xml", "sitemap-undated-2.xml", "sitemap-undated-3.xml"], plan.Files.Select(f => f.Name));
        Assert.Equal([(true, 0L, 1), (false, 1L, 5), (false, 6L, 2)], plan.Files.Skip(1).Select(f => (f.SitePages, f.Skip, f.Take)));
    }

    [Fact]
    public void At_the_real_limit_no_file_holds_more_than_fifty_thousand_urls_and_together_they_hold_everything()
    {
        // A day of 120,000 articles (a bulk import given one date) and 60,000 undated ones.
        var calendar = Calendar(60_000, ("2020-06-01", 120_000), ("2021-01-01", 3));

        var plan = SitemapPlan.For(calendar);

        Assert.All(plan.Files, f => Assert.InRange(f.Take + (f.SitePages ? SitePages : 0), 1, SitemapPlan.MaxUrlsPerFile));
        Assert.Equal(calendar.Total, plan.Files.Sum(f => (long)f.Take));
        Assert.Equal(["sitemap-2021.xml", "sitemap-2020-1.xml", "sitemap-2020-2.xml", "sitemap-2020-3.xml", "sitemap-undated-1.xml", "sitemap-undated-2.xml"],
            plan.Files.Select(f => f.Name));
    }
}
