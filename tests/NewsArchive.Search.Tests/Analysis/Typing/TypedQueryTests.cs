using NewsArchive.Search.Analysis.Typing;

namespace NewsArchive.Search.Tests.Analysis.Typing;

/// <summary>A query typed with the input method off reads as the Vietnamese the reader meant.</summary>
public sealed class TypedQueryTests
{
    private static bool TryDecode(string? typed, out string decoded) => TypedQuery.TryDecode(typed, static (_, _) => true, out decoded);

    [Theory]
    [InlineData("Hoaf binhf thuyr ddieenj", "Hòa bình thủy điện")]
    [InlineData("vie65t nam", "việt nam")]
    [InlineData("ngu7o72i Vieetj", "người Việt")]
    [InlineData("ddaij hooij COVID-19", "đại hội COVID-19")]
    [InlineData("  tooi\tdi  hocj ", "  tôi\tdi  học ")]
    [InlineData("Grab \"haats cawngr\" Uber", "Grab \"hất cẳng\" Uber")]
    [InlineData("khoong phair 'ngaos oopj'", "không phải 'ngáo ộp'")]
    [InlineData("Guwir Thaanf Taif!", "Gửi Thần Tài!")]
    [InlineData("(ddaij hooij), vie65t.", "(đại hội), việt.")]
    public void Each_typed_word_is_decoded_and_the_rest_kept_as_typed(string typed, string expected)
    {
        Assert.True(TryDecode(typed, out var decoded));
        Assert.Equal(expected, decoded);
    }

    [Theory]
    [InlineData("Viet Nam")]
    [InlineData("of the")]
    [InlineData("iphone 2024")]
    [InlineData("Hòa bình")]
    [InlineData("  ")]
    [InlineData("")]
    [InlineData(null)]
    public void A_query_with_nothing_to_decode_is_returned_as_typed(string? typed)
    {
        Assert.False(TryDecode(typed, out var decoded));
        Assert.Equal(typed ?? "", decoded);
    }
}
