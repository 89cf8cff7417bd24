using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;
using C = NewsArchive.Search.Tests.Support.SearchCorpus;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>Whatever a reader types or pastes, a search answers; the punctuation is just punctuation.</summary>
public sealed class HostileQueryTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    public static TheoryData<string> Hostile => new()
    {
        "ngày 5/5 U23 Việt Nam: thắng (2-1",
        "C++",
        "C#",
        "\"Hà Nội",
        "(Hà Nội",
        "Hà Nội)",
        "AND OR NOT",
        "NOT",
        "*nội",
        "nội*",
        "hà?",
        "Nam:",
        "title:Hà",
        "\"\"",
        "\"",
        "-",
        "--",
        "- -bóng",
        "-\"",
        "{ [ ( ) ] } ~ ^ ! \\ / &&",
        "a\u0000b\u0001c\u001f\u007f",
        "\uD800 hà \uDC00",
        "\uDFFF\uD800",
        "⚽ bóng đá 🇻🇳",
        "🏳️‍🌈",
        "\u200B\u200D\uFEFF",
        "\u0301\u0300 dấu rời",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "%00%22",
        "   \t\r\n  ",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Odd_input_never_throws_and_returns_a_page_at_most(string query)
    {
        var results = corpus.Run(new SearchRequest { Query = query, PageSize = 5 });

        Assert.True(results.Hits.Items.Count <= 5);
    }

    [Theory]
    [InlineData("\"Hà Nội")]
    [InlineData("(Hà Nội")]
    [InlineData("Hà Nội)")]
    [InlineData("*nội hà")]
    [InlineData("Hà: Nội!")]
    public void Stray_punctuation_around_words_still_finds_them(string query)
    {
        Assert.Contains(C.Hanoi, corpus.Titles(query));
    }

    [Fact]
    public void A_colon_after_a_word_is_not_a_field_name()
    {
        Assert.Contains(C.MenFootball, corpus.Titles("bóng đá nam:"));
    }

    [Fact]
    public void Operators_of_other_search_engines_are_just_words()
    {
        Assert.Empty(corpus.Titles("AND OR NOT"));
    }

    [Fact]
    public void A_pasted_ten_thousand_character_paragraph_is_answered()
    {
        var sentence = "Đội tuyển bóng đá nam thắng ba bàn trong trận giao hữu tại Hà Nội, người hâm mộ vui mừng. ";
        var paragraph = string.Concat(Enumerable.Repeat(sentence, 10_000 / sentence.Length + 1))[..10_000];

        var results = corpus.Run(new SearchRequest { Query = paragraph });

        Assert.True(results.Hits.Items.Count <= 20);
        Assert.Equal(C.MenFootball, results.Hits.Items[0].Title);
    }

    [Fact]
    public void Thousands_of_distinct_words_stay_within_Lucene_clause_limits()
    {
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "từ" + i));

        var results = corpus.Run(new SearchRequest { Query = words });

        Assert.True(results.Hits.Items.Count <= 20);
    }

    [Fact]
    public void A_query_that_repeats_itself_asks_each_term_once()
    {
        // Pasting the same words again and again must not make a query with a clause for every repeat.
        var repeated = string.Join(' ', Enumerable.Repeat("cao tốc miền Tây", 30));

        var terms = TermsOf(QueryBuilder.Build(QueryText.Parse(repeated), new SearchRequest()));

        Assert.Equal(terms.Count, terms.Distinct().Count());
        // Four words, each in title and body: its spelling, its toned spellings, its plain letters; three neighbours.
        Assert.InRange(terms.Count, 1, 80);
        Assert.NotEmpty(corpus.Run(new SearchRequest { Query = repeated }).Hits.Items);
    }

    private static List<string> TermsOf(Lucene.Net.Search.Query query) => query switch
    {
        Lucene.Net.Search.BooleanQuery boolean => boolean.Clauses.SelectMany(c => TermsOf(c.Query)).ToList(),
        Lucene.Net.Search.TermQuery term => [term.Term.ToString()],
        Lucene.Net.Search.PhraseQuery phrase => [string.Join(' ', phrase.GetTerms().Select(t => t.ToString()))],
        _ => [],
    };
}
