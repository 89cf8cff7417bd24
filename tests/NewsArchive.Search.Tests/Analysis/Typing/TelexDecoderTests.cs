using NewsArchive.Search.Analysis.Typing;

namespace NewsArchive.Search.Tests.Analysis.Typing;

/// <summary>A word typed in Telex with the input method off is read as the Vietnamese syllable it spells.</summary>
public sealed class TelexDecoderTests
{
    [Theory]
    [InlineData("vieetj", "việt")]
    [InlineData("ddaij", "đại")]
    [InlineData("thawngs", "thắng")]
    [InlineData("nguowif", "người")]
    [InlineData("nguwowif", "người")]
    [InlineData("uw", "ư")]
    [InlineData("tooi", "tôi")]
    [InlineData("hoaf", "hòa")]
    [InlineData("thuyr", "thủy")]
    [InlineData("nghieeng", "nghiêng")]
    [InlineData("khuyur", "khuỷu")]
    [InlineData("quyeets", "quyết")]
    [InlineData("gieengs", "giếng")]
    [InlineData("gif", "gì")]
    [InlineData("thuowr", "thuở")]
    [InlineData("oawnr", "oẳn")]
    [InlineData("ngoeoj", "ngoẹo")]
    [InlineData("muwa", "mưa")]
    [InlineData("nhw", "như")]
    [InlineData("kyx", "kỹ")]
    public void A_typed_word_is_read_as_its_syllable(string typed, string expected)
    {
        Assert.True(TelexDecoder.TryDecode(typed, out var syllable));
        Assert.Equal(expected, syllable);
    }

    [Theory]
    [InlineData("vietej", "việt")]
    [InlineData("vietje", "việt")]
    [InlineData("vieejt", "việt")]
    [InlineData("nguoiwf", "người")]
    [InlineData("nguoifw", "người")]
    [InlineData("thangws", "thắng")]
    [InlineData("ddaji", "đại")]
    public void Tone_and_mark_keys_may_come_in_any_order_after_the_vowel(string typed, string expected)
    {
        Assert.True(TelexDecoder.TryDecode(typed, out var syllable));
        Assert.Equal(expected, syllable);
    }

    [Theory]
    [InlineData("Vieetj", "Việt")]
    [InlineData("VIEETJ", "VIỆT")]
    [InlineData("DDaij", "Đại")]
    [InlineData("DDAIJ", "ĐẠI")]
    [InlineData("NGUOWIF", "NGƯỜI")]
    public void Capitals_are_kept(string typed, string expected)
    {
        Assert.True(TelexDecoder.TryDecode(typed, out var syllable));
        Assert.Equal(expected, syllable);
    }

    [Theory]
    [InlineData("of")]
    [InlineData("as")]
    [InlineData("is")]
    [InlineData("do")]
    [InlineData("the")]
    [InlineData("hoa")]
    [InlineData("COVID-19")]
    [InlineData("covid")]
    [InlineData("2024")]
    [InlineData("iphone")]
    [InlineData("facebook")]
    [InlineData("việt")]
    [InlineData("vieetjj")]
    [InlineData("kas")]
    [InlineData("tieet")]
    [InlineData("dd")]
    [InlineData("")]
    [InlineData(null)]
    public void Words_that_spell_no_other_syllable_are_left_alone(string? typed)
    {
        Assert.False(TelexDecoder.TryDecode(typed, out _));
    }
}
