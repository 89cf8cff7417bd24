using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;
using C = NewsArchive.Search.Tests.Support.SearchCorpus;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>Browsing without words, in date order, a page at a time.</summary>
public sealed class OrderAndPagingTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private IReadOnlyList<SearchHit> All(SearchSort? sort) =>
        corpus.Run(new SearchRequest { Sort = sort, PageSize = 100 }).Hits.Items;

    [Fact]
    public void Newest_first_puts_undated_articles_last()
    {
        var dates = All(SearchSort.Newest).Select(h => h.Date).ToList();

        Assert.Equal(C.Count, dates.Count);
        Assert.Equal(dates[..^C.UndatedCount].OrderDescending(), dates[..^C.UndatedCount]);
        Assert.All(dates[^C.UndatedCount..], d => Assert.Null(d));
    }

    [Fact]
    public void Oldest_first_also_puts_undated_articles_last()
    {
        var dates = All(SearchSort.Oldest).Select(h => h.Date).ToList();

        Assert.Equal(dates[..^C.UndatedCount].Order(), dates[..^C.UndatedCount]);
        Assert.All(dates[..^C.UndatedCount], d => Assert.NotNull(d));
        Assert.All(dates[^C.UndatedCount..], d => Assert.Null(d));
    }

    [Fact]
    public void Without_words_the_default_order_is_newest_first()
    {
        Assert.Equal(All(SearchSort.Newest).Select(h => h.Slug), All(null).Select(h => h.Slug));
        Assert.Equal(C.WomenFootball, All(null)[0].Title);
    }

    [Fact]
    public void Words_can_be_sorted_by_date_instead_of_relevance()
    {
        var newest = corpus.Run(new SearchRequest { Query = "duong", Sort = SearchSort.Newest }).Hits.Items;
        var oldest = corpus.Run(new SearchRequest { Query = "duong", Sort = SearchSort.Oldest }).Hits.Items;

        Assert.Equal([C.Singer, C.Ocean, C.Road], newest.Select(h => h.Title));
        Assert.Equal([C.Road, C.Ocean, C.Singer], oldest.Select(h => h.Title));
    }

    [Fact]
    public void A_date_range_alone_browses_that_range_newest_first()
    {
        var results = corpus.Run(new SearchRequest { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 4, 30) });

        Assert.False(results.Query.HasWords);
        Assert.Equal(SearchSort.Newest, results.Sort);
        Assert.Equal([C.WomenFootball, C.MenFootball, C.HaGiang, C.Hanoi], results.Hits.Items.Select(h => h.Title));
        Assert.All(results.Hits.Items, h => Assert.Null(h.Snippet));
    }

    [Fact]
    public void Page_two_of_five_holds_the_sixth_to_tenth_articles()
    {
        var all = All(SearchSort.Newest).Select(h => h.Slug).ToList();

        var page = corpus.Run(new SearchRequest { Page = 2, PageSize = 5 }).Hits;

        Assert.Equal(all.Skip(5).Take(5), page.Items.Select(h => h.Slug));
        Assert.Equal(C.Count, page.TotalCount);
        Assert.Equal(4, page.TotalPages);
    }

    [Fact]
    public void The_last_page_holds_what_is_left()
    {
        var page = corpus.Run(new SearchRequest { Page = 4, PageSize = 5 }).Hits;

        Assert.Equal(C.Count - 15, page.Items.Count);
        Assert.All(page.Items.TakeLast(C.UndatedCount), h => Assert.Null(h.Date));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(100)]
    [InlineData(int.MaxValue)]
    public void A_page_past_the_end_is_empty_but_still_knows_the_total(int page)
    {
        var hits = corpus.Run(new SearchRequest { Page = page, PageSize = 5 }).Hits;

        Assert.Empty(hits.Items);
        Assert.Equal(C.Count, hits.TotalCount);
        Assert.False(hits.Exists);
    }
}
