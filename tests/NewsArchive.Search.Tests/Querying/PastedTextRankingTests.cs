using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>
/// Pasted text (a lead, a paragraph) finds first the article that says it in its opening, above one that has the
/// same words only further down. The two articles below have the same words and the same length; the one expected
/// second is written first, so a tie alone would put it first.
/// </summary>
public sealed class PastedTextRankingTests : IDisposable
{
    private const string Opening = "Bản tin sáng";
    private const string Later = "Bản tin chiều";
    private const string Lead = "Ủy ban nhân dân tỉnh An Giang vừa tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm nay tại thành phố Long Xuyên";
    private readonly TestArchive _archive = new();

    public PastedTextRankingTests()
    {
        // Ninety-six words that share nothing with the lead: more than the opening that counts.
        var filler = string.Join(' ', Enumerable.Repeat("Thời tiết se lạnh, người đi bộ quanh hồ đông vui, quán cà phê mở cửa sớm.", 6));
        _archive.WriteArticle("a-later.md", Later, $"{filler}\n\n{Lead}.");
        _archive.WriteArticle("b-opening.md", Opening, $"{Lead}.\n\n{filler}");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    [Theory]
    [InlineData(Lead)]
    [InlineData("Uy ban nhan dan tinh An Giang vua to chuc hoi nghi tong ket cong tac phong chong thien tai nam nay tai thanh pho Long Xuyen")]
    public void Pasted_text_finds_the_article_that_opens_with_it_first(string pasted)
    {
        Assert.Equal([Opening, Later], _archive.TitlesFound(pasted));
    }
}
