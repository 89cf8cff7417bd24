using NewsArchive.Content;
using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;
using C = NewsArchive.Search.Tests.Support.SearchCorpus;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>Dates are Vietnam calendar days, both ends included; sources are picked by their slug.</summary>
public sealed class FilterTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private List<string> Between(string? from, string? to, string? query = null) => corpus.Run(new SearchRequest
    {
        Query = query,
        From = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        To = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        PageSize = 100,
    }).Hits.Items.Select(h => h.Title).ToList();

    [Fact]
    public void An_article_at_half_past_eleven_at_night_Vietnam_time_is_on_that_day()
    {
        Assert.Equal([C.Tables], Between("2023-05-05", "2023-05-05"));
    }

    [Fact]
    public void An_article_at_half_past_five_in_the_afternoon_UTC_is_on_the_next_Vietnam_day()
    {
        Assert.Equal([C.Road], Between("2023-05-06", "2023-05-06"));
    }

    [Fact]
    public void Both_ends_of_the_range_are_included()
    {
        Assert.Equal([C.Road, C.Tables, C.Selling], Between("2023-05-04", "2023-05-06"));
    }

    [Fact]
    public void A_range_open_at_one_end_runs_to_the_first_or_last_article()
    {
        var after = Between("2023-05-07", null);
        var before = Between(null, "2023-05-04");

        Assert.Equal(10, after.Count);
        Assert.Equal(C.Ocean, after[^1]);
        Assert.Equal(5, before.Count);
        Assert.Equal(C.Selling, before[0]);
        Assert.DoesNotContain(C.Pottery, after.Concat(before)); // undated articles are on no day
    }

    [Fact]
    public void Words_and_dates_together_narrow_both_ways()
    {
        SameArticles.Equal([C.Ocean, C.Road], Between("2023-05-06", "2023-05-07", "duong"));
    }

    [Fact]
    public void The_source_filter_takes_the_slug_of_the_source_name()
    {
        var hits = corpus.Run(new SearchRequest { Source = "bao-tuoi-tre", PageSize = 100 }).Hits;

        Assert.Equal(C.TuoiTreCount, hits.TotalCount);
        Assert.All(hits.Items, h => Assert.Equal(C.TuoiTre, h.SourceName));
    }

    [Fact]
    public void The_source_filter_combines_with_words()
    {
        var hits = corpus.Run(new SearchRequest { Query = "bong da", Source = "bao-tuoi-tre" }).Hits.Items;
        var elsewhere = corpus.Run(new SearchRequest { Query = "bong da", Source = "bao-nong-nghiep" }).Hits.Items;

        Assert.Equal(2, hits.Count);
        Assert.Empty(elsewhere);
    }

    [Theory]
    [InlineData("Báo Tuổi Trẻ")]
    [InlineData("khong-co-bao-nay")]
    public void A_source_that_is_not_a_slug_finds_nothing(string source)
    {
        Assert.Equal(0, corpus.Run(new SearchRequest { Source = source }).Hits.TotalCount);
    }

    [Fact]
    public void The_sources_list_has_each_publication_with_its_slug_and_count()
    {
        var tuoiTre = Assert.Single(corpus.Search.Sources(), s => s.Name == C.TuoiTre);

        Assert.Equal("bao-tuoi-tre", tuoiTre.Slug);
        Assert.Equal(C.TuoiTreCount, tuoiTre.Count);
        Assert.Equal(tuoiTre, corpus.Search.Sources()[0]); // the most articles first
    }

    [Fact]
    public void The_stored_date_keeps_the_moment_whatever_its_offset()
    {
        var road = Assert.Single(corpus.Hits("con đường mới"));

        Assert.Equal(new DateTimeOffset(2023, 5, 6, 0, 30, 0, VietnamTime.Offset), road.Date);
    }
}
