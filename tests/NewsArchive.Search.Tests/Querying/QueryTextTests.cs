using NewsArchive.Search.Analysis;
using NewsArchive.Search.Querying;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>How the typed text is read: words, "phrases", -exclusions, and limits on what a paste can cost.</summary>
public sealed class QueryTextTests
{
    private static List<List<string>> Words(IReadOnlyList<IReadOnlyList<QueryWord>> groups) =>
        groups.Select(g => g.Select(w => w.Canonical).ToList()).ToList();

    [Fact]
    public void Plain_words_are_one_run_in_canonical_spelling()
    {
        var text = QueryText.Parse("Hoà Bình kỹ thuật");

        Assert.Equal([["hòa", "bình", "kĩ", "thuật"]], Words(text.Runs));
        Assert.Empty(text.Phrases);
        Assert.True(text.HasWords);
        Assert.True(text.TypesTones);
    }

    [Fact]
    public void Quoted_words_are_a_phrase_and_the_rest_stay_words()
    {
        var text = QueryText.Parse("tỉnh \"Ban Chỉ đạo\" An Giang");

        Assert.Equal([["ban", "chỉ", "đạo"]], Words(text.Phrases));
        Assert.Equal([["tỉnh"], ["an", "giang"]], Words(text.Runs));
    }

    [Fact]
    public void An_unclosed_quote_is_ignored()
    {
        var text = QueryText.Parse("\"Hà Nội");

        Assert.Empty(text.Phrases);
        Assert.Equal([["hà", "nội"]], Words(text.Runs));
    }

    [Fact]
    public void A_minus_at_the_start_of_a_word_or_phrase_excludes_it()
    {
        var text = QueryText.Parse("bóng đá -nữ -\"futsal Việt\"");

        Assert.Equal([["nữ"], ["futsal", "việt"]], Words(text.Exclusions));
        Assert.Equal([["bóng", "đá"]], Words(text.Runs));
    }

    [Theory]
    [InlineData("thắng 2-1")]
    [InlineData("U23-Việt Nam")]
    [InlineData("- nữ")]
    [InlineData("nữ -")]
    [InlineData("Su -57")]
    [InlineData("nhiệt độ -5 độ C")]
    public void A_minus_inside_a_word_before_a_number_or_standing_alone_excludes_nothing(string query)
    {
        Assert.Empty(QueryText.Parse(query).Exclusions);
    }

    [Fact]
    public void Only_exclusions_is_no_search_at_all()
    {
        var text = QueryText.Parse("-nữ");

        Assert.False(text.HasWords);
        Assert.Single(text.Exclusions);
    }

    [Theory]
    [InlineData("hoa binh", Typed.Plain)]
    [InlineData("hoa bình", Typed.Tones)]
    [InlineData("Viêt Nam", Typed.MarksOnly)]
    public void Each_word_remembers_how_much_was_typed(string query, Typed strongest)
    {
        Assert.Equal(strongest, QueryText.Parse(query).PositiveWords.Max(w => w.Typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" - ( ) :")]
    public void Nothing_searchable_is_the_empty_query(string? query)
    {
        Assert.False(QueryText.Parse(query).HasWords);
    }

    [Fact]
    public void A_pasted_text_keeps_only_the_first_words_up_to_the_cap()
    {
        var words = string.Join(' ', Enumerable.Range(1, QueryText.MaxWords + 20).Select(i => "từ" + i));
        Assert.True(words.Length <= QueryText.MaxLength, "the words must fit in the length cap for this test");

        var text = QueryText.Parse(words);

        var kept = text.PositiveWords.Select(w => w.Canonical).ToList();
        Assert.Equal(QueryText.MaxWords, kept.Count);
        Assert.Equal("từ1", kept[0]);
        Assert.Equal("từ" + QueryText.MaxWords, kept[^1]);
    }

    [Fact]
    public void In_pasted_text_quotes_and_dashes_are_punctuation()
    {
        var text = QueryText.Parse("Nga tổ chức 16 cuộc tập trận \"đặc biệt\" trước thềm cuộc tập trận quy mô chưa từng có Vostok -2018 -nữ");

        Assert.Empty(text.Exclusions);
        Assert.Empty(text.Phrases);
        Assert.Contains("2018", text.PositiveWords.Select(w => w.Canonical));
        Assert.Contains("nữ", text.PositiveWords.Select(w => w.Canonical));
    }

    [Fact]
    public void Text_past_the_length_cap_is_not_read()
    {
        var text = QueryText.Parse(new string(' ', QueryText.MaxLength) + "hòa bình");

        Assert.False(text.HasWords);
    }

    [Fact]
    public void Text_within_the_length_cap_is_read()
    {
        var text = QueryText.Parse(new string(' ', QueryText.MaxLength - 10) + "hòa bình");

        Assert.Equal(["hòa", "bình"], text.PositiveWords.Select(w => w.Canonical));
    }
}
