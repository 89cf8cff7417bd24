using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Ingestion;

/// <summary>A sync counts articles added, changed and removed; a refused file is none of them.</summary>
public sealed class SyncCountTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void New_files_are_added_edited_ones_changed_deleted_ones_removed()
    {
        _archive.WriteArticle("2024/lua-gao.md", "Giá lúa gạo tăng mạnh", "Nông dân phấn khởi.", "2024-05-01");
        _archive.WriteArticle("2024/ca-tra.md", "Cá tra được giá", "Người nuôi cá có lãi.", "2024-05-02");

        var first = _archive.SyncAll();
        _archive.Rewrite("2024/lua-gao.md", ArticleText.Markdown("Giá lúa gạo tăng mạnh", "Nông dân rất phấn khởi.", "2024-05-01", null));
        _archive.WriteArticle("2024/tom.md", "Tôm càng xanh", "Vụ tôm bội thu.", "2024-05-03");
        _archive.Delete("2024/ca-tra.md");
        var second = _archive.SyncAll();

        Assert.Equal((2, 0, 0), (first.Added, first.Changed, first.Removed));
        Assert.Equal((1, 1, 1), (second.Added, second.Changed, second.Removed));
    }

    [Fact]
    public void A_refused_file_is_not_counted_as_an_article_read_or_removed()
    {
        _archive.WriteArticle("2024/lua-gao.md", "Giá lúa gạo tăng mạnh", "Nông dân phấn khởi.", "2024-05-01");
        var broken = _archive.Write("2024/hong.md", ArticleText.Broken);

        var first = _archive.SyncAll();
        _archive.Delete("2024/hong.md");
        var watched = _archive.Sync.SyncPaths([broken]);

        Assert.Equal((1, 0, 0), (first.Added, first.Changed, first.Removed));
        Assert.Single(first.Rejected);
        Assert.Equal((0, 0, 0), (watched.Added, watched.Changed, watched.Removed));
    }

    [Fact]
    public void A_file_seen_by_the_watcher_for_the_first_time_is_added_and_an_edit_is_a_change()
    {
        _archive.SyncAll();
        var path = _archive.WriteArticle("2024/moi.md", "Tin mới", "Nội dung.", "2024-05-04");

        var added = _archive.Sync.SyncPaths([path]);
        _archive.Rewrite("2024/moi.md", ArticleText.Markdown("Tin mới", "Nội dung đã sửa.", "2024-05-04", null));
        var changed = _archive.Sync.SyncPaths([path]);

        Assert.Equal((1, 0), (added.Added, added.Changed));
        Assert.Equal((0, 1), (changed.Added, changed.Changed));
    }
}
