using NewsArchive.Search.Tests.Support;
using C = NewsArchive.Search.Tests.Support.SearchCorpus;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>
/// What the reader typed decides the order. The pairs of articles compared here tie on everything else (length,
/// folded letters, counts), and where a tie would be broken by date the article that should lose is the newer.
/// </summary>
public sealed class RankingTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private int Rank(string query, string title)
    {
        var rank = corpus.Titles(query).ToList().IndexOf(title);
        Assert.True(rank >= 0, $"'{title}' was not found for '{query}'");
        return rank;
    }

    [Fact]
    public void Without_tones_selling_and_tables_tie_and_the_newer_comes_first()
    {
        Assert.True(Rank("ban", C.Tables) < Rank("ban", C.Selling));
    }

    [Fact]
    public void Ban_with_the_acute_tone_ranks_selling_a_house_above_tables()
    {
        Assert.True(Rank("bán", C.Selling) < Rank("bán", C.Tables));
    }

    [Fact]
    public void Ban_with_the_grave_tone_ranks_tables_above_selling()
    {
        Assert.True(Rank("bàn", C.Tables) < Rank("bàn", C.Selling));
    }

    [Fact]
    public void Typed_tones_narrow_nothing_the_other_spelling_is_still_found()
    {
        Assert.Contains(C.Tables, corpus.Titles("bán"));
        Assert.Contains(C.Selling, corpus.Titles("bàn"));
    }

    [Theory]
    [InlineData("nông nghiệp")]
    [InlineData("nong nghiep")]
    public void Syllables_side_by_side_rank_above_the_same_syllables_far_apart(string query)
    {
        Assert.True(Rank(query, C.FarmingAdjacent) < Rank(query, C.FarmingScattered));
    }

    [Theory]
    [InlineData("cao tốc")]
    [InlineData("cao toc")]
    public void A_match_in_the_title_ranks_above_matches_only_in_the_body(string query)
    {
        Assert.Equal([C.ExpresswayInTitle, C.ExpresswayInBody], corpus.Titles(query));
    }
}
