using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>
/// Most Vietnamese words are two syllables, so a query of four words or more must also have some of its neighbouring
/// syllables side by side in an article: the same syllables scattered through unrelated sentences are not a match.
/// </summary>
public sealed class WordPairMatchingTests : IDisposable
{
    private const string Reordered = "Vàng trong nước tăng giá";
    private const string Scattered = "Chợ phiên cuối tuần";
    private const string Unrelated = "Lễ hội đua ghe ở Sóc Trăng";

    private readonly TestArchive _archive = new();

    public WordPairMatchingTests()
    {
        // "giá vàng" and "hôm nay" side by side, in another order than the query's.
        _archive.WriteArticle("reordered.md", Reordered, "Hôm nay, giá vàng trong nước tăng rất mạnh so với tuần trước.", "2024-10-01");
        // Every syllable of "giá vàng hôm nay tăng mạnh", and no two of them side by side.
        _archive.WriteArticle("scattered.md", Scattered, "Nay chợ bán vàng mã. Giá rau tăng. Hôm qua trời mưa mạnh.", "2024-10-02");
        _archive.WriteArticle("unrelated.md", Unrelated, "Đêm qua, ghe ngo của các chùa Khmer tập đua trên sông Maspero.", "2024-10-03");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    [Theory]
    [InlineData("giá vàng hôm nay tăng mạnh")]
    [InlineData("gia vang hom nay tang manh")]
    [InlineData("giá vàng hôm nay tăng")]
    public void A_query_of_several_words_needs_some_of_them_side_by_side(string typed)
    {
        Assert.Equal([Reordered], _archive.TitlesFound(typed));
    }

    [Theory]
    [InlineData("giá vàng tăng")]
    [InlineData("gia vang tang")]
    public void Three_words_or_fewer_need_no_pair(string typed)
    {
        SameArticles.Equal([Reordered, Scattered], _archive.TitlesFound(typed));
    }

    [Fact]
    public void The_count_is_of_the_articles_that_match()
    {
        var results = _archive.Search.Search(new SearchRequest { Query = "giá vàng hôm nay tăng mạnh" });

        Assert.Equal(1, results.Hits.TotalCount);
    }

    [Fact]
    public void Pasted_text_needs_some_of_its_pairs_and_then_finds_its_article_with_words_changed()
    {
        // Thirteen words or more are pasted text: a tenth of the words and a tenth of the pairs are needed.
        const string reworded = "hôm nay giá vàng trong nước lại tăng khá mạnh so với những tuần trước đó";
        const string noPairs = "mưa trời qua tăng chợ nay rau vàng giá mạnh hôm phiên tuần";

        Assert.Equal([Reordered], _archive.TitlesFound(reworded));
        Assert.Empty(_archive.TitlesFound(noPairs));
    }

    [Theory]
    [InlineData(3, 2, 0)]
    [InlineData(4, 3, 1)]
    [InlineData(6, 5, 2)]
    [InlineData(12, 11, 3)]
    [InlineData(13, 12, 2)]
    [InlineData(64, 63, 7)]
    public void Pairs_required_grow_with_the_query(int words, int pairs, int required)
    {
        Assert.Equal(required, QueryBuilder.PairsRequired(words, pairs));
    }
}
