using NewsArchive.Search.Browsing;
using NewsArchive.Web.Discovery;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>Which sitemap files an archive needs, worked out from its calendar with a limit of three URLs a file.</summary>
public sealed class SitemapPlanTests
{
    private const int Limit = 3;

    private static ArchiveCalendar Calendar(int undated, params (string Day, int Count)[] days) =>
        new(days.ToDictionary(d => DateOnly.Parse(d.Day, System.Globalization.CultureInfo.InvariantCulture), d => d.Count), undated);

    private static DayRange Days(string from, string to) =>
        new(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void An_archive_that_fits_is_one_file_with_the_site_pages_every_year_and_the_undated()
    {
        var plan = SitemapPlan.For(Calendar(1, ("2023-05-01", 10), ("2024-01-01", 20)));

        Assert.False(plan.IsIndex);
        var file = Assert.Single(plan.Files);
        Assert.Equal("sitemap.xml", file.Name);
        Assert.True(file.SitePages);
        Assert.True(file.Undated);
        Assert.Equal([DayRange.Year(2024), DayRange.Year(2023)], file.Days);
    }

    [Fact]
    public void The_site_pages_count_towards_the_limit()
    {
        Assert.False(SitemapPlan.For(Calendar(0), Limit).IsIndex);
        Assert.True(SitemapPlan.For(Calendar(1), Limit).IsIndex);
    }

    [Fact]
    public void Over_the_limit_it_is_an_index_of_years_newest_first_then_the_undated_file()
    {
        var plan = SitemapPlan.For(Calendar(4, ("2022-12-31", 3), ("2023-05-01", 1), ("2024-01-01", 2)), Limit);

        Assert.True(plan.IsIndex);
        Assert.Equal(["sitemap-2024.xml", "sitemap-2023.xml", "sitemap-2022.xml", "sitemap-undated.xml"], plan.Files.Select(f => f.Name));
        Assert.Equal([DayRange.Year(2023)], plan.Find("sitemap-2023.xml")!.Days);
        Assert.All(plan.Files.SkipLast(1), f => Assert.False(f.SitePages || f.Undated));
        var undated = plan.Find("sitemap-undated.xml")!;
        Assert.True(undated.SitePages && undated.Undated);
        Assert.Empty(undated.Days);
        Assert.Null(plan.Find("sitemap.xml"));
    }

    [Fact]
    public void A_year_over_the_limit_is_cut_between_days_into_numbered_parts_that_cover_it()
    {
        var plan = SitemapPlan.For(Calendar(0, ("2024-01-01", 2), ("2024-03-01", 2), ("2024-03-02", 1), ("2024-12-31", 3)), Limit);

        Assert.Equal(["sitemap-2024-1.xml", "sitemap-2024-2.xml", "sitemap-2024-3.xml", "sitemap-undated.xml"], plan.Files.Select(f => f.Name));
        Assert.Equal(
            [Days("2024-01-01", "2024-02-29"), Days("2024-03-01", "2024-12-30"), Days("2024-12-31", "2024-12-31")],
            plan.Files.SkipLast(1).Select(f => Assert.Single(f.Days)));
    }

    [Fact]
    public void Every_day_falls_in_exactly_one_part_and_no_part_is_over_the_limit()
    {
        var busy = Enumerable.Range(0, 366).Select(i => (new DateOnly(2024, 1, 1).AddDays(i), i % 7 == 0 ? 0 : i % 3 + 1))
            .Where(d => d.Item2 > 0).ToDictionary(d => d.Item1, d => d.Item2);
        var calendar = new ArchiveCalendar(busy, 0);

        var parts = SitemapPlan.Split(calendar, 2024, Limit);

        Assert.Equal(new DateOnly(2024, 1, 1), parts[0].From);
        Assert.Equal(new DateOnly(2024, 12, 31), parts[^1].To);
        Assert.All(parts.Zip(parts.Skip(1)), pair => Assert.Equal(pair.First.To.AddDays(1), pair.Second.From));
        Assert.All(parts, part => Assert.InRange(part.EachDay().Sum(calendar.Count), 1, Limit));
    }

    [Fact]
    public void A_day_over_the_limit_is_never_cut()
    {
        var parts = SitemapPlan.Split(Calendar(0, ("2024-06-01", 7)), 2024, Limit);

        Assert.Equal([DayRange.Year(2024)], parts);
    }

    [Fact]
    public void Articles_are_asked_for_in_runs_of_days_that_fit_the_result_window_skipping_empty_days()
    {
        var calendar = Calendar(0, ("2024-01-01", 2), ("2024-01-02", 2), ("2024-01-05", 1), ("2024-02-01", 5));

        var slices = SitemapEntries.Slices(calendar, DayRange.Year(2024), window: 3);

        Assert.Equal([Days("2024-01-01", "2024-01-01"), Days("2024-01-02", "2024-01-05"), Days("2024-02-01", "2024-02-01")], slices);
        Assert.Empty(SitemapEntries.Slices(calendar, DayRange.Year(2023), window: 3));
    }
}
