using NewsArchive.Search.Analysis.Typing;

namespace NewsArchive.Search.Tests.Analysis.Typing;

/// <summary>A word typed in VNI with the input method off is read as the Vietnamese syllable it spells.</summary>
public sealed class VniDecoderTests
{
    [Theory]
    [InlineData("vie65t", "việt")]
    [InlineData("vie6t5", "việt")]
    [InlineData("viet56", "việt")]
    [InlineData("d9a5i", "đại")]
    [InlineData("dai59", "đại")]
    [InlineData("nguo72i", "người")]
    [InlineData("ngu7o72i", "người")]
    [InlineData("tha8ng1", "thắng")]
    [InlineData("to6i", "tôi")]
    [InlineData("u7", "ư")]
    [InlineData("thuo73", "thuở")]
    [InlineData("khuy3u", "khuỷu")]
    [InlineData("hoa2", "hòa")]
    public void A_typed_word_is_read_as_its_syllable(string typed, string expected)
    {
        Assert.True(VniDecoder.TryDecode(typed, out var syllable));
        Assert.Equal(expected, syllable);
    }

    [Theory]
    [InlineData("Vie65t", "Việt")]
    [InlineData("VIE65T", "VIỆT")]
    [InlineData("D9a5i", "Đại")]
    public void Capitals_are_kept(string typed, string expected)
    {
        Assert.True(VniDecoder.TryDecode(typed, out var syllable));
        Assert.Equal(expected, syllable);
    }

    [Theory]
    [InlineData("COVID-19")]
    [InlineData("2024")]
    [InlineData("U23")]
    [InlineData("H5N1")]
    [InlineData("mp3")]
    [InlineData("a1")]
    [InlineData("do")]
    [InlineData("vie0t")]
    [InlineData("vie655t")]
    [InlineData("tie6t")]
    [InlineData("")]
    public void Words_and_numbers_that_spell_no_syllable_are_left_alone(string typed)
    {
        Assert.False(VniDecoder.TryDecode(typed, out _));
    }
}
