using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Browsing;

/// <summary>Previous and next of an article: one step back or forward in time, a chain that walks the whole archive.</summary>
public sealed class NeighbourTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public NeighbourTests()
    {
        // Three published at the same minute: the order among them is still fixed, and the same both ways.
        _archive.WriteArticle("a.md", "Khánh thành cầu Mỹ Thuận 2", "Cầu nối Tiền Giang và Vĩnh Long.", "2023-05-09T08:00:00+07:00");
        _archive.WriteArticle("b.md", "Thông xe cao tốc Trung Lương", "Tuyến cao tốc rút ngắn thời gian về miền Tây.", "2023-05-09T08:00:00+07:00");
        _archive.WriteArticle("c.md", "Lũ về sớm ở Đồng Tháp", "Nước đầu nguồn lên nhanh.", "2023-05-09T08:00:00+07:00");
        _archive.WriteArticle("d.md", "Giá lúa tăng nhẹ", "Thương lái thu mua lúa Hè Thu.", "2023-05-10");
        _archive.WriteArticle("e.md", "Hội chợ trái cây Nam Bộ", "Hơn trăm gian hàng trái cây.", "2023-04-30");
        _archive.WriteArticle("f.md", "Ghi chép không ngày tháng", "Bài này không ghi ngày đăng.");
        _archive.SyncAll();
    }

    private (SearchHit? Previous, SearchHit? Next) NeighboursOf(string title)
    {
        var slug = _archive.Find(title).First(hit => hit.Title == title).Slug;
        return _archive.Search.Neighbours(_archive.Search.FindBySlug(slug)!);
    }

    [Fact]
    public void Following_next_from_the_oldest_walks_every_dated_article_once_in_time_order()
    {
        var walked = new List<string> { "Hội chợ trái cây Nam Bộ" };
        while (NeighboursOf(walked[^1]).Next is { } next && walked.Count < 10) walked.Add(next.Title);

        Assert.Equal(5, walked.Count);
        Assert.Equal("Hội chợ trái cây Nam Bộ", walked[0]);
        Assert.Equal("Giá lúa tăng nhẹ", walked[^1]);
        Assert.Equal(5, walked.Distinct().Count());
    }

    [Fact]
    public void Previous_undoes_next_even_between_articles_of_the_same_minute()
    {
        foreach (var title in new[] { "Hội chợ trái cây Nam Bộ", "Khánh thành cầu Mỹ Thuận 2", "Thông xe cao tốc Trung Lương", "Lũ về sớm ở Đồng Tháp" })
        {
            var next = NeighboursOf(title).Next!;
            Assert.Equal(title, NeighboursOf(next.Title).Previous?.Title);
        }
    }

    [Fact]
    public void The_ends_of_the_chain_and_undated_articles_have_no_neighbour_beyond()
    {
        Assert.Null(NeighboursOf("Hội chợ trái cây Nam Bộ").Previous);
        Assert.Null(NeighboursOf("Giá lúa tăng nhẹ").Next);
        Assert.Equal((null, null), NeighboursOf("Ghi chép không ngày tháng"));
    }

    public void Dispose() => _archive.Dispose();
}
