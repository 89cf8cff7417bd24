using NewsArchive.Search.Tests.Support;
using C = NewsArchive.Search.Tests.Support.SearchCorpus;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>Quotes ask for words side by side; a minus keeps a word out.</summary>
public sealed class QuerySyntaxTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    [Fact]
    public void Without_quotes_both_words_anywhere_are_enough()
    {
        SameArticles.Equal([C.HaGiang, C.Hanoi], corpus.Titles("Hà Nội"));
    }

    [Theory]
    [InlineData("\"Hà Nội\"")]
    [InlineData("\"ha noi\"")]
    [InlineData("\"Hà Nôi\"")] // marks without the tone: any tone of "nôi" at that place
    public void A_quoted_phrase_matches_only_the_words_side_by_side(string query)
    {
        Assert.Equal([C.Hanoi], corpus.Titles(query));
    }

    [Fact]
    public void A_quoted_phrase_in_the_wrong_order_matches_nothing()
    {
        Assert.Empty(corpus.Titles("\"Nội Hà\""));
    }

    [Theory]
    [InlineData("bóng đá -nữ")]
    [InlineData("bong da -nu")]
    [InlineData("-nữ bóng đá")]
    [InlineData("bóng đá -nư")]
    public void A_word_with_a_minus_excludes_the_articles_that_have_it(string query)
    {
        SameArticles.Equal([C.WomenFootball, C.MenFootball], corpus.Titles("bóng đá"));
        Assert.Equal([C.MenFootball], corpus.Titles(query));
    }

    [Fact]
    public void A_quoted_phrase_with_a_minus_excludes_the_phrase()
    {
        Assert.Equal([C.HaGiang], corpus.Titles("hà -\"hà nội\""));
    }

    [Fact]
    public void A_hyphen_inside_a_word_is_not_an_exclusion()
    {
        // "đá-nữ" is written as one token group; nothing may be excluded by it.
        Assert.Contains(C.WomenFootball, corpus.Titles("bóng đá-nữ"));
    }
}
