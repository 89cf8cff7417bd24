using System.Text;
using NewsArchive.Content.Files;

namespace NewsArchive.Content.Tests.Files;

/// <summary>Whatever encoding a file arrives in, the same Vietnamese text comes out, composed (NFC).</summary>
public sealed class TextDecodingTests
{
    private const string Sentence = "Người dân Cà Mau đón Tết Nguyễn Đán trong niềm vui được mùa tôm.";

    private static byte[] WithBom(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8", new UTF8Encoding(false).GetBytes(Sentence) },
        { "UTF-8 with BOM", WithBom(new UTF8Encoding(true), Sentence) },
        { "UTF-16 LE with BOM", WithBom(new UnicodeEncoding(false, true), Sentence) },
        { "UTF-16 BE with BOM", WithBom(new UnicodeEncoding(true, true), Sentence) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_supported_encoding_gives_the_same_composed_text(string encoding, byte[] bytes)
    {
        var text = TextDecoding.DecodeWithOrigin(bytes).Text;

        Assert.True(Sentence == text, $"{encoding} decoded to '{text}'");
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Decomposed_input_comes_out_composed()
    {
        var decomposed = Sentence.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Sentence.Length, decomposed.Length);

        Assert.Equal(Sentence, TextDecoding.DecodeWithOrigin(Encoding.UTF8.GetBytes(decomposed)).Text);
    }

    [Fact]
    public void Decomposed_UTF16_input_comes_out_composed()
    {
        var bytes = WithBom(new UnicodeEncoding(false, true), Sentence.Normalize(NormalizationForm.FormD));

        Assert.Equal(Sentence, TextDecoding.DecodeWithOrigin(bytes).Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x54, 0xC3, 0x28, 0x6E })]
    [InlineData(new byte[] { 0x54, 0xEA, 0x6E })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x54, 0xFF })]
    public void Invalid_UTF8_is_rejected(byte[] bytes)
    {
        var ex = Assert.Throws<ArticleFileException>(() => TextDecoding.DecodeWithOrigin(bytes));

        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_in_UTF16_is_rejected()
    {
        byte[] bytes = [0xFF, 0xFE, 0x54, 0x00, 0x00, 0xD8, 0x6E, 0x00];

        Assert.Throws<ArticleFileException>(() => TextDecoding.DecodeWithOrigin(bytes));
    }

    [Fact]
    public void NUL_bytes_are_rejected_as_binary()
    {
        var bytes = Encoding.UTF8.GetBytes("Tin tức\0\0\0 hôm nay");

        var ex = Assert.Throws<ArticleFileException>(() => TextDecoding.DecodeWithOrigin(bytes));
        Assert.Contains("NUL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF16_without_BOM_is_rejected_rather_than_read_as_garbage()
    {
        var bytes = new UnicodeEncoding(false, false).GetBytes(Sentence);

        Assert.Throws<ArticleFileException>(() => TextDecoding.DecodeWithOrigin(bytes));
    }
}
