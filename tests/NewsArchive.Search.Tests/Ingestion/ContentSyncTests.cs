using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Ingestion;

/// <summary>The index follows the content folder, reading only what changed.</summary>
public sealed class ContentSyncTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public ContentSyncTests()
    {
        _archive.WriteArticle("2024/lua-gao.md", "Giá lúa gạo tăng mạnh", "Nông dân phấn khởi vì giá lúa tăng.", "2024-05-01");
        _archive.WriteArticle("2024/ca-phe.md", "Cà phê Tây Nguyên được mùa", "Vườn cà phê trĩu quả sau mùa mưa.", "2024-05-02");
        _archive.WriteArticle("2024/hat-tieu.md", "Hồ tiêu xuất khẩu kỷ lục", "Hạt tiêu Việt Nam có mặt ở nhiều nước.", "2024-05-03");
    }

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void The_first_sync_indexes_every_article()
    {
        var report = _archive.SyncAll();

        Assert.Equal((3, 0, 0), (report.Indexed, report.Removed, report.Unchanged));
        Assert.Empty(report.Rejected);
        Assert.Equal(3, _archive.Search.ArticleCount);
        Assert.Equal(["Cà phê Tây Nguyên được mùa"], _archive.TitlesFound("ca phe"));
    }

    [Fact]
    public void A_second_sync_with_nothing_changed_reads_nothing()
    {
        _archive.SyncAll();

        var report = _archive.SyncAll();

        Assert.Equal((0, 0, 3), (report.Indexed, report.Removed, report.Unchanged));
        Assert.Equal(3, _archive.Search.ArticleCount);
    }

    [Fact]
    public void A_changed_file_is_read_again_and_found_by_its_new_title()
    {
        _archive.SyncAll();
        _archive.Rewrite("2024/ca-phe.md", ArticleText.Markdown("Sầu riêng Tây Nguyên được giá", "Thương lái thu mua sầu riêng tận vườn.", "2024-05-02"));

        var report = _archive.SyncAll();

        Assert.Equal((1, 0, 2), (report.Indexed, report.Removed, report.Unchanged));
        Assert.Equal(["Sầu riêng Tây Nguyên được giá"], _archive.TitlesFound("sau rieng"));
        Assert.Empty(_archive.TitlesFound("cà phê"));
    }

    [Fact]
    public void A_deleted_file_disappears_from_search()
    {
        _archive.SyncAll();
        _archive.Delete("2024/hat-tieu.md");

        var report = _archive.SyncAll();

        Assert.Equal(1, report.Removed);
        Assert.Empty(_archive.TitlesFound("hồ tiêu"));
        Assert.Equal(2, _archive.Search.ArticleCount);
        Assert.Null(_archive.Search.FindBySlug("ho-tieu-xuat-khau-ky-luc"));
    }

    [Fact]
    public void Syncing_one_path_updates_that_file_only()
    {
        _archive.SyncAll();
        var rice = _archive.Rewrite("2024/lua-gao.md", ArticleText.Markdown("Giá lúa gạo giảm nhẹ", "Thương lái ép giá.", "2024-05-01"));
        _archive.Rewrite("2024/ca-phe.md", ArticleText.Markdown("Cà phê mất mùa", "Hạn hán kéo dài.", "2024-05-02"));

        var report = _archive.Sync.SyncPaths([rice]);

        Assert.Equal(1, report.Indexed);
        Assert.Equal(["Giá lúa gạo giảm nhẹ"], _archive.TitlesFound("lúa gạo"));
        Assert.Equal(["Cà phê Tây Nguyên được mùa"], _archive.TitlesFound("cà phê")); // not told about, not read
    }

    [Fact]
    public void Syncing_the_path_of_a_new_or_deleted_file_adds_or_removes_it()
    {
        _archive.SyncAll();
        var added = _archive.WriteArticle("2024/thanh-long.md", "Thanh long Bình Thuận vào vụ", "Nhà vườn thắp đèn cho thanh long ra hoa.", "2024-05-04");
        _archive.Delete("2024/hat-tieu.md");

        var report = _archive.Sync.SyncPaths([added, Path.Combine(_archive.ContentPath, "2024/hat-tieu.md")]);

        Assert.Equal((1, 1), (report.Indexed, report.Removed));
        Assert.Equal(["Thanh long Bình Thuận vào vụ"], _archive.TitlesFound("thanh long"));
        Assert.Empty(_archive.TitlesFound("hồ tiêu"));
    }

    [Fact]
    public void A_broken_file_is_reported_and_every_other_article_is_served()
    {
        _archive.Write("2024/hong.md", ArticleText.Broken);

        var report = _archive.SyncAll();

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("2024/hong.md", rejected.Id);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
        Assert.Equal(rejected, Assert.Single(_archive.Sync.Rejected));
        Assert.Equal(3, _archive.Search.ArticleCount);
        Assert.Equal(["Giá lúa gạo tăng mạnh"], _archive.TitlesFound("lúa gạo"));
    }

    [Fact]
    public void A_file_that_turns_broken_keeps_its_last_good_version_searchable()
    {
        _archive.SyncAll();
        _archive.Rewrite("2024/lua-gao.md", ArticleText.Broken);

        var report = _archive.SyncAll();

        Assert.Equal("2024/lua-gao.md", Assert.Single(report.Rejected).Id);
        Assert.Equal(0, report.Removed);
        Assert.Equal(["Giá lúa gạo tăng mạnh"], _archive.TitlesFound("lúa gạo"));
        Assert.NotNull(_archive.Search.FindBySlug("gia-lua-gao-tang-manh"));
    }

    [Fact]
    public void A_broken_file_that_is_fixed_is_served_and_no_longer_reported()
    {
        _archive.Write("2024/hong.md", ArticleText.Broken);
        _archive.SyncAll();
        _archive.Rewrite("2024/hong.md", ArticleText.Markdown("Bài viết đã sửa xong", "Phần đầu nay đã đóng đúng cách.", "2024-05-05"));

        var report = _archive.SyncAll();

        Assert.Empty(report.Rejected);
        Assert.Empty(_archive.Sync.Rejected);
        Assert.Equal(["Bài viết đã sửa xong"], _archive.TitlesFound("đã sửa xong"));
    }

    [Fact]
    public void Files_that_are_not_articles_are_left_out()
    {
        _archive.Write("ghi-chu.json", "{\"title\": \"không phải bài viết\"}");
        _archive.Write(".an/bai-an.md", ArticleText.Markdown("Bài trong thư mục ẩn", "Không được đọc."));

        var report = _archive.SyncAll();

        Assert.Equal(3, report.Indexed);
        Assert.Empty(_archive.TitlesFound("thư mục ẩn"));
    }

    [Fact]
    public void A_file_in_a_legacy_font_encoding_is_read_as_unicode_and_reported()
    {
        // "Đà Nẵng đó, Việt Nam" as a page set in the VNI-Windows font shows it, saved as UTF-8.
        _archive.Write("cu/da-nang.txt", "Ñaø Naüng\n\nÑaø Naüng ñoù, Vieät Nam. Ñaø Naüng ñoù, Vieät Nam.\n");

        var report = _archive.SyncAll();

        var converted = Assert.Single(report.Converted);
        Assert.Equal(("cu/da-nang.txt", Content.Files.LegacyEncoding.VniWindows), (converted.Id, converted.From));
        Assert.Equal(["Đà Nẵng"], _archive.TitlesFound("đà nẵng"));
    }
}
