using System.Text;
using NewsArchive.Search.Tests.Support;
using C = NewsArchive.Search.Tests.Support.SearchCorpus;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>Whichever way a reader types a word, the archive finds the same articles.</summary>
public sealed class SpellingVariantTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    public static TheoryData<string> WaysOfTypingPeace => new()
    {
        "hoà bình",
        "HÒA BÌNH",
        "Hòa Bình",
        "hòa bình".Normalize(NormalizationForm.FormD),
    };

    [Theory]
    [MemberData(nameof(WaysOfTypingPeace))]
    public void Other_tone_placement_capitals_and_decomposed_marks_give_the_same_results_in_the_same_order(string typed)
    {
        Assert.Equal(corpus.Titles("hòa bình"), corpus.Titles(typed));
    }

    [Fact]
    public void Hoa_binh_without_marks_finds_the_same_articles_with_the_accented_reading_first()
    {
        var exact = corpus.Titles("hòa bình");
        var plain = corpus.Titles("hoa binh");

        SameArticles.Equal(exact, plain);
        Assert.Equal([C.Peace, C.FlowerVase], exact);
        Assert.Equal(C.Peace, plain[0]);
    }

    [Fact]
    public void Ki_and_ky_thuat_are_the_same_word()
    {
        var withI = corpus.Titles("kĩ thuật");

        Assert.Equal(withI, corpus.Titles("kỹ thuật"));
        SameArticles.Equal([C.KiThuat, C.KyThuat], withI);
    }

    [Fact]
    public void Plain_duong_finds_duong_with_every_accent_and_capital()
    {
        var found = corpus.Titles("duong");

        SameArticles.Equal([C.Ocean, C.Singer, C.Road], found);
    }

    [Fact]
    public void A_name_typed_in_lowercase_finds_it_capitalised()
    {
        Assert.Equal([C.Singer], corpus.Titles("ánh dương"));
    }

    [Fact]
    public void Vowel_marks_without_tones_still_find_everything_but_rank_those_letters_first()
    {
        // "dương" typed with its horn but no tone: dương in any tone before đường.
        var found = corpus.Titles("dương");

        SameArticles.Equal([C.Ocean, C.Singer, C.Road], found);
        Assert.Equal(C.Road, found[^1]);
    }
}
