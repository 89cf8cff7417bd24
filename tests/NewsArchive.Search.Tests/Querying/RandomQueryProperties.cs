using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>No string a reader can send makes a search fail or return more than a page.</summary>
public sealed class RandomQueryProperties(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private const int PageSize = 7;

    private bool AnswersWithAPageAtMost(string? query)
    {
        var results = corpus.Run(new SearchRequest { Query = query, PageSize = PageSize });
        return results.Hits.Items.Count <= PageSize && results.Hits.TotalCount >= results.Hits.Items.Count;
    }

    [Property(MaxTest = 300)]
    public bool Any_string_is_answered_with_a_page_at_most(string? query) => AnswersWithAPageAtMost(query);

    [Property(MaxTest = 300, Arbitrary = [typeof(ReaderTyping)])]
    public bool Vietnamese_words_mixed_with_query_syntax_are_answered_with_a_page_at_most(string query) =>
        AnswersWithAPageAtMost(query);

    [Property(MaxTest = 200, Arbitrary = [typeof(ReaderTyping)])]
    public bool Parsing_keeps_within_the_word_cap(string query)
    {
        var text = QueryText.Parse(query);
        var words = text.Runs.Concat(text.Phrases).Concat(text.Exclusions).Sum(g => g.Count);
        return words <= QueryText.MaxWords;
    }

    /// <summary>Strings built from what readers type: Vietnamese syllables, operators, stray marks, odd characters.</summary>
    public static class ReaderTyping
    {
        private static readonly string[] Pieces =
        [
            "hòa", "bình", "hoà", "HÒA", "hoa", "binh", "đường", "duong", "Hà", "Nội", "kĩ", "kỹ", "thuật", "bán", "bàn",
            "nông", "nghiệp", "U23", "5/5", "2-1", "1.000.000", "C++", "C#",
            " ", " ", " ", "\"", "-", "(", ")", ":", "*", "?", "~", "^", "\\", "/", "+", "&&", "||", "AND", "OR", "NOT",
            "\u0301", "\u0323", "\u0300", "\uD800", "\uDC00", "\u0000", "\t", "\n", "🇻🇳", "⚽", "\u200D", "\uFEFF",
        ];

        public static Arbitrary<string> Strings() =>
            Gen.ArrayOf(Gen.Elements(Pieces)).Select(string.Concat).ToArbitrary();
    }
}
