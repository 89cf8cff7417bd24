using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Indexing;

/// <summary>Readers keep searching while the index takes in changes: no search fails or sees half a change.</summary>
public sealed class ConcurrentUseTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public async Task Searches_running_while_files_change_never_fail()
    {
        for (var i = 0; i < 20; i++)
            _archive.WriteArticle($"tin/{i:00}.md", $"Tin vắn buổi sáng số {i}", $"Thời tiết Hà Nội hôm nay nắng nhẹ, bản tin số {i}.", $"2024-07-{i + 1:00}");
        _archive.SyncAll();

        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            while (!stop.IsCancellationRequested)
            {
                var hits = _archive.Search.Search(new SearchRequest { Query = "thời tiết hà nội", PageSize = 5 }).Hits;
                Assert.Equal(20, hits.TotalCount);
                Assert.NotNull(_archive.Search.FindBySlug("tin-van-buoi-sang-so-3"));
                searches++;
            }
            return searches;
        })).ToList();

        for (var n = 0; n < 6; n++)
        {
            _archive.Rewrite($"tin/{n:00}.md", ArticleText.Markdown($"Tin vắn buổi sáng số {n}", "Thời tiết Hà Nội hôm nay chuyển mưa rào.", $"2024-07-{n + 1:00}"));
            _archive.SyncAll();
        }
        await stop.CancelAsync();

        var counts = await Task.WhenAll(readers);
        Assert.All(counts, c => Assert.True(c > 0));
    }
}
