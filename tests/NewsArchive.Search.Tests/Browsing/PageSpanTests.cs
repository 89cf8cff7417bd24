using NewsArchive.Search.Browsing;

namespace NewsArchive.Search.Tests.Browsing;

/// <summary>Where a page of a list in time order lies, from the counts by day alone: the arithmetic at its edges.</summary>
public sealed class PageSpanTests
{
    // 1 March: 3, 2 March: 250, 5 March: 1, then 4 undated.
    private static readonly DayCounts Counts = new([(20240301, 3), (20240302, 250), (20240305, 1)], 4);

    [Fact]
    public void The_first_page_oldest_first_starts_on_the_first_day_and_runs_into_the_busy_one()
    {
        Assert.Equal(new PageSpan(20240301, 20240302, 0, 20, 0, 0), PageSpan.Locate(Counts, newestFirst: false, skip: 0, take: 20));
    }

    [Fact]
    public void A_page_inside_a_busy_day_skips_only_that_days_earlier_articles()
    {
        Assert.Equal(new PageSpan(20240302, 20240302, 237, 13, 0, 0), PageSpan.Locate(Counts, newestFirst: false, skip: 240, take: 13));
    }

    [Fact]
    public void Newest_first_the_run_starts_on_the_latest_day()
    {
        Assert.Equal(new PageSpan(20240302, 20240305, 0, 20, 0, 0), PageSpan.Locate(Counts, newestFirst: true, skip: 0, take: 20));
        Assert.Equal(new PageSpan(20240301, 20240302, 249, 4, 0, 0), PageSpan.Locate(Counts, newestFirst: true, skip: 250, take: 4));
    }

    [Fact]
    public void The_page_that_ends_the_dated_articles_goes_on_into_the_undated_ones()
    {
        Assert.Equal(new PageSpan(20240301, 20240301, 1, 2, 0, 3), PageSpan.Locate(Counts, newestFirst: true, skip: 252, take: 5));
    }

    [Fact]
    public void A_page_of_undated_articles_alone_has_no_days()
    {
        Assert.Equal(new PageSpan(0, 0, 0, 0, 2, 2), PageSpan.Locate(Counts, newestFirst: false, skip: 256, take: 20));
    }

    [Theory]
    [InlineData(258)]
    [InlineData(1_000_000)]
    [InlineData(long.MaxValue)]
    public void Past_the_end_there_is_nothing_to_take(long skip)
    {
        var span = PageSpan.Locate(Counts, newestFirst: true, skip, take: 20);

        Assert.Equal(0, span.DatedTake);
        Assert.Equal(0, span.UndatedTake);
    }

    [Fact]
    public void An_empty_list_has_nothing_on_its_first_page()
    {
        Assert.Equal(new PageSpan(0, 0, 0, 0, 0, 0), PageSpan.Locate(new DayCounts([], 0), newestFirst: true, skip: 0, take: 20));
    }

    [Fact]
    public void Pages_laid_end_to_end_take_every_article_exactly_once()
    {
        for (var size = 1; size <= 30; size++)
        {
            long taken = 0;
            for (long skip = 0; skip < Counts.Total; skip += size)
            {
                var span = PageSpan.Locate(Counts, newestFirst: size % 2 == 0, skip, size);
                Assert.Equal(Math.Min(size, Counts.Total - skip), span.DatedTake + span.UndatedTake);
                taken += span.DatedTake + span.UndatedTake;
            }
            Assert.Equal(Counts.Total, taken);
        }
    }
}
