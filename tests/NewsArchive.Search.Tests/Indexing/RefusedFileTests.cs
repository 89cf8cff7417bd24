using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Indexing;

/// <summary>A bad file is one warning, not one per look at the folder; a new version of it is looked at again.</summary>
public sealed class RefusedFileTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public RefusedFileTests()
    {
        _archive.WriteArticle("2024/lua-gao.md", "Giá lúa gạo tăng mạnh", "Nông dân phấn khởi vì giá lúa tăng.", "2024-05-01");
        _archive.Write("2024/hong.md", ArticleText.Broken);
    }

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void An_unchanged_bad_file_is_reported_once_and_still_counted()
    {
        Assert.Equal("2024/hong.md", Assert.Single(_archive.SyncAll().Rejected).Id);

        var again = _archive.SyncAll();

        Assert.Empty(again.Rejected);
        Assert.Equal(0, again.Indexed);
        Assert.Equal("2024/hong.md", Assert.Single(_archive.Sync.Rejected).Id);
    }

    [Fact]
    public void A_bad_file_changed_but_still_bad_is_reported_again()
    {
        _archive.SyncAll();
        _archive.Rewrite("2024/hong.md", ArticleText.Broken + "\nVẫn hỏng.");

        Assert.Equal("2024/hong.md", Assert.Single(_archive.SyncAll().Rejected).Id);
    }

    [Fact]
    public void A_bad_file_seen_by_the_watcher_unchanged_is_not_reported_again()
    {
        _archive.SyncAll();

        var report = _archive.Sync.SyncPaths([Path.Combine(_archive.ContentPath, "2024/hong.md")]);

        Assert.Empty(report.Rejected);
        Assert.Single(_archive.Sync.Rejected);
    }

    [Fact]
    public void A_bad_file_that_is_deleted_is_no_longer_counted()
    {
        _archive.SyncAll();
        _archive.Delete("2024/hong.md");

        _archive.SyncAll();

        Assert.Empty(_archive.Sync.Rejected);
    }
}
