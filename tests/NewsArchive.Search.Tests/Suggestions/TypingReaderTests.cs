using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Suggestions;

/// <summary>Queries typed with the input method off (Telex, VNI) are searched as meant, and only when that finds more.</summary>
public sealed class TypingReaderTests : IDisposable
{
    private const string Victory = "Việt Nam đại thắng trong trận chung kết";
    private readonly TestArchive _archive = new();

    public TypingReaderTests()
    {
        _archive.WriteArticle("a.md", Victory, "Đội tuyển Việt Nam đại thắng, người hâm mộ đổ ra đường.");
        _archive.WriteArticle("b.md", "Giá vé máy bay dịp Tết", "Các hãng bay tăng chuyến, giá vé ổn định.");
        _archive.WriteArticle("c.md", "Bệnh nhân COVID-19 giảm", "Số ca COVID-19 mới giảm; bệnh viện do tỉnh quản lý đã ổn định.");
        _archive.WriteArticle("d.md", "Hội thảo về chip bán dẫn", "Các chuyên gia bàn về chip as a service và AI.");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    private SearchResults Search(string query, bool literal = false) =>
        _archive.Search.Search(new SearchRequest { Query = query, Literal = literal });

    [Theory]
    [InlineData("vieetj nam ddaij thawngs")]
    [InlineData("Vieetj Nam ddaij thawngs")]
    [InlineData("vie65t nam d9a5i tha81ng")]
    [InlineData("vietej nam ddaij thangws")]
    public void Telex_and_vni_typing_finds_the_article_and_says_how_it_was_read(string typed)
    {
        var results = Search(typed);

        Assert.Equal(Victory, results.Hits.Items[0].Title);
        Assert.Equal("việt nam đại thắng", results.ReadAs?.ToLowerInvariant());
    }

    [Fact]
    public void Searching_literally_reads_nothing_into_the_words()
    {
        var results = Search("vieetj nam ddaij thawngs", literal: true);

        Assert.Null(results.ReadAs);
        Assert.Empty(results.Hits.Items);
    }

    [Theory]
    [InlineData("COVID-19")]
    [InlineData("do tỉnh quản lý")]
    [InlineData("chip as a service")]
    [InlineData("giá vé")]
    [InlineData("Việt Nam")]
    public void Words_the_archive_uses_as_typed_stay_as_typed(string typed)
    {
        var results = Search(typed);

        Assert.Null(results.ReadAs);
        Assert.NotEmpty(results.Hits.Items);
    }

    [Fact]
    public void A_mixed_query_decodes_only_the_typed_syllables()
    {
        var results = Search("COVID-19 giamr");

        Assert.Equal("COVID-19 giảm", results.ReadAs);
        Assert.Equal("Bệnh nhân COVID-19 giảm", results.Hits.Items[0].Title);
    }
}
