using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Suggestions;

/// <summary>
/// Telex typed inside quotation marks or next to punctuation is read the way the same words are read on their own:
/// a quoted phrase is a phrase of the decoded words.
/// </summary>
public sealed class QuotedTypingTests : IDisposable
{
    private const string Bogeyman = "Pháp luật không phải 'ngáo ộp' với người bán hàng nhỏ";
    private const string Ousted = "Ứng dụng gọi xe nội muốn hất cẳng hai hãng ngoại";
    private const string Letter = "Gửi Thần Tài! Lá thư của một người bán vé số";
    private readonly TestArchive _archive = new();

    public QuotedTypingTests()
    {
        _archive.WriteArticle("a.md", Bogeyman, "Nhiều chủ sạp coi quy định mới là 'ngáo ộp', nhưng cán bộ giải thích rằng thủ tục chỉ mất vài phút.");
        _archive.WriteArticle("b.md", Ousted, "Hãng xe công nghệ trong nước nói sẽ \"hất cẳng\" Uber và Grab khỏi thị trường trong ba năm.");
        _archive.WriteArticle("c.md", Letter, "Sáng ngày vía Thần Tài, nhiều người xếp hàng từ sớm để mua một chỉ vàng lấy may.");
        _archive.WriteArticle("d.md", "Grab và Uber tăng giá cước", "Hai hãng xe công nghệ cùng tăng giá cước giờ cao điểm, khách phàn nàn.");
        _archive.WriteArticle("e.md", "Tài xế gửi đơn lên thành phố", "Các tài xế gửi đơn đề nghị xem lại mức phí đỗ xe.");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    private SearchResults Search(string query) => _archive.Search.Search(new SearchRequest { Query = query });

    [Theory]
    [InlineData("Phaps luaatj khoong phair 'ngaos oopj'", "Pháp luật không phải 'ngáo ộp'", Bogeyman)]
    [InlineData("Grab \"haats cawngr\" Uber", "Grab \"hất cẳng\" Uber", Ousted)]
    [InlineData("Guwir Thaanf Taif!", "Gửi Thần Tài!", Letter)]
    [InlineData("Guwir Thaanf Taif", "Gửi Thần Tài", Letter)]
    [InlineData("\"Guwir Thaanf Taif!\"", "\"Gửi Thần Tài!\"", Letter)]
    [InlineData("(thuw cuar ngu7o72i ba1n ve1 so16)", "(thư của người bán vé số)", Letter)]
    public void Quoted_and_punctuated_telex_is_read_as_meant_and_finds_its_article(string typed, string readAs, string title)
    {
        var results = Search(typed);

        Assert.Equal(readAs, results.ReadAs);
        Assert.Equal(title, results.Hits.Items[0].Title);
    }

    [Fact]
    public void A_decoded_quoted_phrase_is_still_a_phrase()
    {
        var results = Search("\"haats cawngr\"");

        Assert.Equal("\"hất cẳng\"", results.ReadAs);
        Assert.Equal([Ousted], results.Hits.Items.Select(h => h.Title));
        Assert.Equal("hất cẳng", string.Join(' ', Assert.Single(results.Query.Phrases).Select(w => w.Canonical)));
    }
}
