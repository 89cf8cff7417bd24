using NewsArchive.Search.Querying;

namespace NewsArchive.Search.Tests.Browsing;

/// <summary>Lists without words, read page by page to the end: no article twice, none missing, the order stable.</summary>
public sealed class TimeOrderPagingTests(BusyDayArchive archive) : IClassFixture<BusyDayArchive>
{
    private List<string> ReadToTheEnd(SearchRequest request, out int pages)
    {
        var titles = new List<string>();
        pages = 0;
        for (var page = 1; ; page++)
        {
            var hits = archive.Search.Search(request with { Page = page }).Hits;
            titles.AddRange(hits.Items.Select(h => h.Title));
            pages++;
            Assert.True(hits.Items.Count == request.PageSize || !hits.HasNext, $"page {page} is short but not the last");
            if (!hits.HasNext) return titles;
        }
    }

    [Theory]
    [InlineData(SearchSort.Oldest, 20)]
    [InlineData(SearchSort.Newest, 20)]
    [InlineData(SearchSort.Oldest, 7)]
    public void A_busy_day_pages_to_its_last_article_in_a_stable_order(SearchSort sort, int pageSize)
    {
        var day = BusyDayArchive.BusyDay;
        var request = new SearchRequest { From = day, To = day, Sort = sort, PageSize = pageSize };

        var titles = ReadToTheEnd(request, out var pages);

        var expected = archive.Expected(sort == SearchSort.Newest, when: d => d is { } t && NewsArchive.Content.VietnamTime.Day(t) == day);
        Assert.Equal(BusyDayArchive.BusyDayCount, expected.Count);
        Assert.Equal(expected, titles);
        Assert.Equal((BusyDayArchive.BusyDayCount + pageSize - 1) / pageSize, pages);
    }

    [Theory]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.Oldest)]
    public void The_whole_archive_pages_through_every_day_and_then_the_undated_articles(SearchSort sort)
    {
        var titles = ReadToTheEnd(new SearchRequest { Sort = sort, PageSize = 20 }, out _);

        Assert.Equal(archive.Expected(sort == SearchSort.Newest), titles);
    }

    [Fact]
    public void A_source_pages_through_all_its_articles_newest_first()
    {
        var titles = ReadToTheEnd(new SearchRequest { Source = "bao-nhan-dan", Sort = SearchSort.Newest, PageSize = 20 }, out _);

        Assert.Equal(archive.Expected(newestFirst: true, source: s => s == "Báo Nhân Dân"), titles);
    }

    [Fact]
    public void A_tag_written_two_ways_is_one_list_with_every_article_once()
    {
        var titles = ReadToTheEnd(new SearchRequest { Tag = "bau-cu", Sort = SearchSort.Newest, PageSize = 20 }, out _);

        Assert.Equal(BusyDayArchive.BusyDayCount + 1, titles.Count);
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Equal("Tổng kết cuộc bầu cử", titles[0]);
    }

    [Fact]
    public void Undated_articles_are_a_list_of_their_own()
    {
        var hits = archive.Search.Search(new SearchRequest { Undated = true, PageSize = 2, Page = 2 }).Hits;

        Assert.Equal(BusyDayArchive.UndatedCount, hits.TotalCount);
        Assert.Equal(["Chuyện làng nghề số 3"], hits.Items.Select(h => h.Title));
    }

    [Fact]
    public void A_page_far_past_the_first_ten_thousand_results_is_empty_but_counts_the_list()
    {
        var hits = archive.Search.Search(new SearchRequest { Page = 1_000_000, PageSize = 100 }).Hits;

        Assert.Empty(hits.Items);
        Assert.Equal(archive.Count, hits.TotalCount);
        Assert.False(hits.Exists);
    }

    [Fact]
    public void Dates_with_a_search_filter_by_source_count_the_same_as_the_list()
    {
        var results = archive.Search.Search(new SearchRequest { Source = "bao-tuoi-tre", WithFacets = true, PageSize = 5 });

        Assert.Equal(BusyDayArchive.BusyDayCount / 2 + 2, results.Hits.TotalCount);
        Assert.Equal([(2024, results.Hits.TotalCount)], results.Facets.Years);
    }
}
