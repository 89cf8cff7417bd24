using System.Text;
using NewsArchive.Search.Analysis;

namespace NewsArchive.Search.Tests.Analysis;

/// <summary>Every way of typing in the table of VIETNAMESE-SEARCH.md ends in the same index terms.</summary>
public sealed class VietnameseSpellingTests
{
    private static List<string> Exact(string text) => WordSplitter.Split(text).Select(t => t.Canonical).ToList();

    private static List<string> Folded(string text) => WordSplitter.Split(text).Select(t => t.Form(Tier.Folded)).ToList();

    [Fact]
    public void Decomposed_text_gives_the_same_words_as_composed_text()
    {
        var composed = "Hòa bình thủy điện Đắk Lắk";
        var decomposed = composed.Normalize(NormalizationForm.FormD);

        Assert.NotEqual(composed, decomposed);
        Assert.Equal(Exact(composed), Exact(decomposed));
    }

    [Fact]
    public void Marks_typed_in_either_order_compose_to_the_same_letter()
    {
        // ệ as e + dot below + circumflex, and as e + circumflex + dot below.
        Assert.Equal(Exact("Việt"), Exact("Vi\u0065\u0323\u0302t"));
        Assert.Equal(Exact("Việt"), Exact("Vi\u0065\u0302\u0323t"));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("hoá", "hóa")]
    [InlineData("luỹ", "lũy")]
    public void Old_and_new_tone_placement_are_the_same_word(string newStyle, string oldStyle)
    {
        Assert.Equal(Exact(oldStyle), Exact(newStyle));
    }

    [Theory]
    [InlineData("hoàn")]
    [InlineData("thuyền")]
    [InlineData("khoảng")]
    public void A_syllable_with_a_final_consonant_keeps_its_tone_where_both_styles_put_it(string word)
    {
        Assert.Equal(word, Exact(word).Single());
        Assert.Equal(word, Exact(word.Replace("oà", "òa").Replace("oả", "ỏa")).Single());
    }

    [Theory]
    [InlineData("kĩ thuật", "kỹ thuật")]
    [InlineData("lí luận", "lý luận")]
    [InlineData("Mĩ", "Mỹ")]
    [InlineData("tỉ lệ", "tỷ lệ")]
    [InlineData("hi sinh", "hy sinh")]
    [InlineData("bác sĩ", "bác sỹ")]
    public void I_and_y_spellings_of_the_same_word_are_the_same(string withI, string withY)
    {
        Assert.Equal(Exact(withI), Exact(withY));
    }

    [Theory]
    [InlineData("quý")]
    [InlineData("già")]
    [InlineData("y tế")]
    [InlineData("Vy")]
    public void Qu_gi_and_other_y_words_are_left_as_they_are(string text)
    {
        Assert.Equal(text.ToLowerInvariant().Split(' '), Exact(text));
    }

    [Fact]
    public void Capitals_are_the_same_as_lowercase()
    {
        Assert.Equal(Exact("hòa bình"), Exact("HÒA BÌNH"));
        Assert.Equal(Exact("Trương Mỹ Nhân"), Exact("trương mỹ nhân"));
    }

    [Theory]
    [InlineData("Hòa bình thủy điện", "hoa binh thuy dien")]
    [InlineData("Đà Nẵng đường", "da nang duong")]
    [InlineData("Nguyễn Ánh Dương", "nguyen anh duong")]
    public void Folding_removes_every_mark_and_turns_d_stroke_into_d(string text, string folded)
    {
        Assert.Equal(folded.Split(' '), Folded(text));
    }

    [Fact]
    public void The_toneless_tier_keeps_vowel_marks_and_d_stroke()
    {
        Assert.Equal(["hoa", "binh"], new[] { "hoa", "bình" }.Select(VietnameseText.StripTones));
        Assert.Equal("điên", WordSplitter.Split("điện").Single().Form(Tier.Toneless));
        Assert.Equal("nươc", WordSplitter.Split("nước").Single().Form(Tier.Toneless));
    }

    [Theory]
    [InlineData("hoa", Typed.Plain)]
    [InlineData("điên", Typed.MarksOnly)]
    [InlineData("Viêt", Typed.MarksOnly)]
    [InlineData("bình", Typed.Tones)]
    public void What_the_reader_typed_is_recognised_per_word(string word, Typed typed)
    {
        Assert.Equal(typed, VietnameseText.Classify(WordSplitter.Split(word).Single().Canonical));
    }

    [Fact]
    public void Numbers_and_codes_stay_whole_words()
    {
        Assert.Equal(["1.000.000", "đồng"], Exact("1.000.000 đồng"));
        Assert.Equal(["u23", "việt", "nam"], Exact("U23 Việt Nam"));
        Assert.Equal(["2,4", "triệu"], Exact("2,4 triệu"));
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "Sáng 28/2, Ban Chỉ đạo";
        var tokens = WordSplitter.Split(text);

        Assert.Equal("Chỉ", text[tokens[^2].Start..tokens[^2].End]);
        Assert.Equal("đạo", text[tokens[^1].Start..tokens[^1].End]);
    }
}
