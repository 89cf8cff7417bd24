using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>
/// A few words recalled from a headline (<c>mời thư tù</c>, typed with or without diacritics) find that article
/// first, above articles whose bodies repeat the same syllables, or other readings of them, many times over.
/// </summary>
public sealed class ShortQueryRankingTests : IDisposable
{
    private const string Letters = "Nhà văn mời độc giả đọc thư viết trong tù";
    private const string Library = "Thư viện mời bạn đọc mới đến mượn sách";
    private const string Oil = "Giá xăng trong nước giữ nguyên";
    private const string Ports = "Tàu hàng cập cảng Dung Quất";
    private readonly TestArchive _archive = new();

    public ShortQueryRankingTests()
    {
        _archive.WriteArticle("letters.md", Letters,
            "Buổi ra mắt sách diễn ra ở nhà văn hoá quận. Tác giả kể về những năm tháng khó khăn.");
        // Two of the three words in the headline, and every one of them, with other readings (mới, mọi, thu, từ,
        // tư), again and again in the body.
        _archive.WriteArticle("library.md", Library,
            "Thư viện mời bạn đọc đến đọc sách mới. Mọi bạn đọc được mời đọc miễn phí. Sách về người tù, thư tình, sách thu hoạch, "
            + "sách từ thiện, sách tư liệu: mời đọc, mời mượn, mời đọc tại chỗ. Bạn đọc mới được mời đọc thêm.");
        // One body has "dầu" and "tăng" side by side but is longer; the other, shorter, has them far apart.
        _archive.WriteArticle("oil.md", Oil,
            "Liên bộ quyết định giữ nguyên giá bán lẻ xăng trong kỳ này, trong khi dầu thô thế giới tăng nhẹ.");
        _archive.WriteArticle("ports.md", Ports,
            "Dầu về cảng đều đặn quanh năm, chuyến nào cũng kín hàng. Sản lượng năm nay tăng.");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    [Theory]
    [InlineData("mời thư tù")]
    [InlineData("moi thu tu")]
    [InlineData("MOI THU TU")]
    public void Words_recalled_from_a_headline_rank_that_article_first(string query)
    {
        Assert.Equal(Letters, _archive.TitlesFound(query)[0]);
    }

    [Theory]
    [InlineData("dầu tăng")]
    [InlineData("dau tang")]
    public void Two_words_near_each_other_rank_above_the_same_words_far_apart(string query)
    {
        Assert.Equal([Oil, Ports], _archive.TitlesFound(query));
    }
}
