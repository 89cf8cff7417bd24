using System.Text;
using NewsArchive.Search.Analysis;
using Xunit.Abstractions;

using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Search.Tests.Analysis.Typing;

/// <summary>The syllables the spelling rules allow are the words readers write, and not the ones they do not.</summary>
public sealed class VietnameseSyllableTests(ITestOutputHelper output)
{
    [Fact]
    public void The_rules_allow_some_fifteen_thousand_distinct_syllables()
    {
        var all = VietnameseSyllable.All().ToList();
        output.WriteLine($"{all.Count} syllables, {all.Select(VietnameseText.StripTones).Distinct().Count()} without tones");

        Assert.InRange(all.Count, 15_000, 20_000);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Every_generated_syllable_is_lowercase_composed_valid_and_in_its_canonical_form()
    {
        foreach (var syllable in VietnameseSyllable.All())
        {
            Assert.Equal(syllable.ToLowerInvariant(), syllable);
            Assert.Equal(syllable.Normalize(NormalizationForm.FormC), syllable);
            Assert.True(VietnameseSyllable.IsValid(syllable), syllable);
        }
    }

    [Theory]
    [InlineData("việt")]
    [InlineData("nghiêng")]
    [InlineData("khuỷu")]
    [InlineData("quyết")]
    [InlineData("giếng")]
    [InlineData("gì")]
    [InlineData("người")]
    [InlineData("thuở")]
    [InlineData("oẳn")]
    [InlineData("ghe")]
    [InlineData("cưa")]
    [InlineData("quốc")]
    [InlineData("khuya")]
    [InlineData("hoặc")]
    [InlineData("ngoẹo")]
    [InlineData("huỳnh")]
    [InlineData("khuếch")]
    [InlineData("rượu")]
    [InlineData("yêu")]
    [InlineData("uyên")]
    [InlineData("gìn")]
    [InlineData("giữ")]
    [InlineData("kìa")]
    [InlineData("nghĩa")]
    [InlineData("đường")]
    [InlineData("xẻng")]
    [InlineData("y")]
    public void Vietnamese_words_are_syllables(string word)
    {
        Assert.True(VietnameseSyllable.IsValid(word));
        Assert.Contains(word, VietnameseSyllable.All());
    }

    [Theory]
    [InlineData("ka")]
    [InlineData("ngi")]
    [InlineData("gha")]
    [InlineData("ci")]
    [InlineData("kuy")]
    [InlineData("qa")]
    [InlineData("quu")]
    [InlineData("tiêt")]
    [InlineData("tiềt")]
    [InlineData("ach")]
    [InlineData("hoac")]
    [InlineData("hoàc")]
    [InlineData("tiê")]
    [InlineData("iên")]
    [InlineData("ă")]
    [InlineData("ech")]
    [InlineData("boa")]
    [InlineData("thưở")]
    [InlineData("of")]
    [InlineData("as")]
    [InlineData("covid")]
    [InlineData("ăn-")]
    [InlineData("ăn ")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_strings_are_not(string? word)
    {
        Assert.False(VietnameseSyllable.IsValid(word));
    }

    [Theory]
    [InlineData("ích")]
    [InlineData("ạch")]
    [InlineData("ênh")]
    [InlineData("ong")]
    [InlineData("ông")]
    public void Rimes_without_an_initial_are_syllables(string word)
    {
        Assert.True(VietnameseSyllable.IsValid(word));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("kỹ", "kĩ")]
    [InlineData("lý", "lí")]
    [InlineData("Việt", "việt")]
    [InlineData("NGƯỜI", "người")]
    public void Either_spelling_of_the_same_word_is_a_syllable(string one, string other)
    {
        Assert.True(VietnameseSyllable.IsValid(one));
        Assert.True(VietnameseSyllable.IsValid(other));
    }

    [Fact]
    public void Decomposed_input_is_a_syllable()
    {
        Assert.True(VietnameseSyllable.IsValid("nghiêng".Normalize(NormalizationForm.FormD)));
        Assert.True(VietnameseSyllable.IsValid("Thủy".Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("hoaì")]
    [InlineData("hóan")]
    [InlineData("ngừơi")]
    [InlineData("tìên")]
    [InlineData("hoàá")]
    public void A_tone_in_neither_place_or_two_tones_are_not_a_syllable(string word)
    {
        Assert.False(VietnameseSyllable.IsValid(word));
    }
}
