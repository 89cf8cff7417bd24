using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>
/// Between headlines that hold every word a reader recalled, the one that holds them in the order typed comes
/// first, and, typed without diacritics, the one whose readings of them are the telling ones (<c>rà</c>, not the
/// everyday <c>ra</c>). Each pair of articles below ties on everything else, and the one expected second is
/// written first, so a tie alone would put it first.
/// </summary>
public sealed class RecalledHeadlineTests : IDisposable
{
    private const string RainFirst = "Mưa lớn ở Huế khiến lũ về nhanh";
    private const string FloodFirst = "Lũ về nhanh khi mưa lớn ở Huế";
    private const string Review = "Thủ tướng yêu cầu rà soát đất công";
    private const string Leave = "Thủ tướng yêu cầu ra khỏi đất công";
    private readonly TestArchive _archive = new();

    public RecalledHeadlineTests()
    {
        const string Weather = "Đài khí tượng cho biết mưa Huế lũ sông Hương còn kéo dài đến cuối tuần.";
        _archive.WriteArticle("a-flood-first.md", FloodFirst, Weather);
        _archive.WriteArticle("b-rain-first.md", RainFirst, Weather);

        const string Land = "Các bộ rà soát đất công và báo cáo kết quả ra sao trong tháng tới.";
        _archive.WriteArticle("c-leave.md", Leave, Land);
        _archive.WriteArticle("d-review.md", Review, Land);
        // "ra" is everyday Vietnamese; "rà" is not.
        for (var i = 0; i < 6; i++)
            _archive.WriteArticle($"e-everyday-{i}.md", $"Bản tin số {i}", "Người dân ra đường sớm, đi ra chợ rồi ra đồng.");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    [Theory]
    [InlineData("mưa huế lũ", RainFirst)]
    [InlineData("mua hue lu", RainFirst)]
    [InlineData("lũ mưa huế", FloodFirst)]
    [InlineData("lu mua hue", FloodFirst)]
    public void The_headline_with_the_words_in_the_order_typed_comes_first(string query, string expected)
    {
        Assert.Equal(expected, _archive.TitlesFound(query)[0]);
    }

    [Theory]
    [InlineData("tuong ra dat")]
    [InlineData("TUONG RA DAT")]
    public void Typed_without_diacritics_the_rarer_reading_in_a_headline_comes_first(string query)
    {
        Assert.Equal([Review, Leave], _archive.TitlesFound(query).Take(2));
    }

    [Fact]
    public void Typed_with_diacritics_the_reading_typed_is_the_one_found()
    {
        Assert.Equal(Leave, _archive.TitlesFound("tướng ra đất")[0]);
    }
}
