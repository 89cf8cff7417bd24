using System.Diagnostics;
using System.Net.Sockets;
using NewsArchive.Content.Files;
using NewsArchive.Search.Ingestion;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Ingestion;

/// <summary>
/// A sync of a whole folder: what is read, what is skipped with its reason, and that one bad file, or a thing that is
/// no file at all, never stops the rest.
/// </summary>
public sealed class ContentFolderTests : IDisposable
{
    /// <summary>Only a guard against a hang: reading a pipe would wait forever for a writer that never comes.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    private TestArchive _archive = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _archive.Dispose();
        _outside.Dispose();
    }

    private static string Markdown(string title) => ArticleText.Markdown(title, $"Nội dung của bài {title}.", "2024-03-01");

    private static string PlainText(string title) => $"{title}\n\nSáng 1/3/2024, đoàn công tác làm việc tại xã Tân Phú.\n";

    private string PathOf(string relativePath) => Path.Combine(_archive.ContentPath, relativePath);

    /// <summary>A fresh archive whose reader refuses files over <paramref name="maxFileBytes"/>.</summary>
    private void LimitFilesTo(long maxFileBytes)
    {
        _archive.Dispose();
        _archive = new TestArchive(maxFileBytes);
    }

    private SyncReport Sync() => _archive.SyncAll();

    private Task<SyncReport> SyncAsync() => Task.Run(_archive.SyncAll).WaitAsync(Hang);

    /// <summary>The ids of the articles in the index, in order.</summary>
    private List<string> Ids() => _archive.Index.Stamps().Keys.Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Markdown_and_text_files_in_subfolders_are_read_with_slash_separated_ids()
    {
        _archive.Write("gioi-thieu.md", Markdown("Giới thiệu kho lưu trữ"));
        _archive.Write("the-thao/bong-da/tran-chung-ket.txt", PlainText("Trận chung kết cúp quốc gia"));
        _archive.Write("kinh-te/gia-lua.md", Markdown("Giá lúa tăng nhẹ"));

        var report = Sync();

        string[] expected = ["gioi-thieu.md", "kinh-te/gia-lua.md", "the-thao/bong-da/tran-chung-ket.txt"];
        Assert.Equal(expected, Ids());
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public void Extensions_are_recognised_in_any_case()
    {
        _archive.Write("VIET-HOA.MD", Markdown("Bài viết hoa"));
        _archive.Write("Ban-Tin.Txt", PlainText("Bản tin sáng"));

        Assert.Equal(2, Sync().Indexed);
    }

    [Fact]
    public void Other_extensions_hidden_files_and_hidden_folders_are_ignored()
    {
        _archive.Write("bai-that.md", Markdown("Bài thật"));
        _archive.Write("anh-minh-hoa.jpg", "không phải bài viết");
        _archive.Write("ghi-chu.doc", "không phải bài viết");
        _archive.Write("bai.md.bak", Markdown("Bản sao lưu"));
        _archive.Write(".nhap.md", Markdown("Bản nháp ẩn"));
        _archive.Write(".git/bai-an.md", Markdown("Bài trong thư mục ẩn"));
        _archive.Write("chuyen-muc/.cu/bai-cu.txt", PlainText("Bài trong thư mục ẩn con"));

        var report = Sync();

        Assert.Equal(["bai-that.md"], Ids());
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public void A_broken_file_is_rejected_with_its_id_and_reason_and_the_others_still_load()
    {
        _archive.Write("tot-1.md", Markdown("Bài tốt thứ nhất"));
        _archive.Write("chuyen-muc/hong.md", "---\ndate: 2024-03-01\n---\nThiếu tiêu đề.\n");
        _archive.Write("tot-2.txt", PlainText("Bài tốt thứ hai"));

        var report = Sync();

        string[] expected = ["tot-1.md", "tot-2.txt"];
        Assert.Equal(expected, Ids());
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("chuyen-muc/hong.md", rejected.Id);
        Assert.Contains("title", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n\t\n")]
    public void An_empty_file_is_rejected(string content)
    {
        _archive.Write("trong.txt", content);
        _archive.Write("co-chu.md", Markdown("Bài có chữ"));

        var report = Sync();

        Assert.Equal("trong.txt", Assert.Single(report.Rejected).Id);
        Assert.Equal(["co-chu.md"], Ids());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_without_stopping_the_others()
    {
        LimitFilesTo(1024);
        _archive.Write("nho.md", Markdown("Bài ngắn"));
        _archive.Write("lon.txt", PlainText("Bài quá dài") + new string('a', 4096));

        var report = Sync();

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("lon.txt", rejected.Id);
        Assert.Contains("limit", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(["nho.md"], Ids());
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_read_and_one_byte_more_is_refused()
    {
        var text = Markdown("Bài vừa đủ");
        LimitFilesTo(System.Text.Encoding.UTF8.GetByteCount(text));
        _archive.Write("vua-du.md", text);
        _archive.Write("qua-mot-byte.md", text + " ");

        var report = Sync();

        Assert.Equal(["vua-du.md"], Ids());
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("qua-mot-byte.md", rejected.Id);
        Assert.Contains("over the limit", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_reason_does_not_claim_the_file_is_as_large_as_the_limit()
    {
        File.WriteAllBytes(PathOf("qua-lon.txt"), new byte[ArticleFileReader.DefaultMaxFileBytes + 1]);

        var reason = Assert.Single(Sync().Rejected).Reason;

        Assert.DoesNotContain("is 8 MB, over the limit of 8 MB", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fullwidth_digits_in_a_dateline_do_not_stop_the_load()
    {
        _archive.Write("so-rong.txt", "Khai mạc hội chợ\n\nSáng ２８/２, hội chợ khai mạc trong năm 2023.\n");
        _archive.Write("tot.md", Markdown("Bài tốt"));

        var report = Sync();

        Assert.Empty(report.Rejected);
        Assert.Equal(2, report.Indexed);
        Assert.Null(_archive.Find("khai mạc hội chợ").Single(h => h.Title == "Khai mạc hội chợ").Date);
    }

    [Theory]
    [InlineData("nam-mot.md", "---\ntitle: Ngày đầu tiên\ndate: 0001-01-01\n---\nNội dung.\n")]
    public void A_file_that_trips_the_parser_is_rejected_and_the_others_still_load(string name, string content)
    {
        _archive.Write(name, content);
        _archive.Write("tot.md", Markdown("Bài tốt"));

        var report = Sync();

        Assert.Equal(name, Assert.Single(report.Rejected).Id);
        Assert.Equal(["tot.md"], Ids());
    }

    [Fact]
    public async Task A_named_pipe_called_like_an_article_is_skipped_without_waiting_for_a_writer()
    {
        using (var mkfifo = Process.Start("mkfifo", PathOf("ong-dan.md"))) await mkfifo.WaitForExitAsync();
        _archive.Write("tot.md", Markdown("Bài tốt"));

        var report = await SyncAsync();

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("ong-dan.md", rejected.Id);
        Assert.Contains("pipe", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(["tot.md"], Ids());
    }

    [Fact]
    public async Task A_socket_called_like_an_article_is_skipped()
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(PathOf("o-cam.txt")));
        _archive.Write("tot.md", Markdown("Bài tốt"));

        var report = await SyncAsync();

        Assert.Equal("o-cam.txt", Assert.Single(report.Rejected).Id);
        Assert.Equal(["tot.md"], Ids());
    }

    [Fact]
    public void A_link_to_itself_is_rejected_not_followed_forever()
    {
        File.CreateSymbolicLink(PathOf("vong.md"), PathOf("vong.md"));
        _archive.Write("tot.md", Markdown("Bài tốt"));

        var report = Sync();

        Assert.Equal("vong.md", Assert.Single(report.Rejected).Id);
        Assert.Equal(["tot.md"], Ids());
    }

    [Fact]
    public void A_link_to_a_file_outside_the_folder_is_rejected_and_not_read()
    {
        var secret = _outside.Write("bi-mat.md", Markdown("Tài liệu bên ngoài"));
        File.CreateSymbolicLink(PathOf("lien-ket.md"), secret);
        _archive.Write("binh-thuong.md", Markdown("Bài bình thường"));

        var report = Sync();

        Assert.Equal("lien-ket.md", Assert.Single(report.Rejected).Id);
        Assert.Equal(["binh-thuong.md"], Ids());
        Assert.Empty(_archive.TitlesFound("tài liệu bên ngoài"));
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_rejected_and_not_walked()
    {
        _outside.Write("bi-mat.md", Markdown("Tài liệu bên ngoài"));
        Directory.CreateSymbolicLink(PathOf("thu-muc-ngoai"), _outside.Path);

        var report = Sync();

        Assert.Equal("thu-muc-ngoai", Assert.Single(report.Rejected).Id);
        Assert.Empty(Ids());
    }

    [Fact]
    public void A_link_to_a_file_inside_the_folder_is_read()
    {
        var target = _archive.Write("goc/bai-goc.md", Markdown("Bài gốc"));
        File.CreateSymbolicLink(PathOf("lien-ket.md"), target);

        var report = Sync();

        Assert.Empty(report.Rejected);
        string[] expected = ["goc/bai-goc.md", "lien-ket.md"];
        Assert.Equal(expected, Ids());
        Assert.Equal(2, _archive.Find("bài gốc").Select(h => h.Slug).Distinct().Count());
    }

    [Fact]
    public void A_link_back_up_the_tree_does_not_loop()
    {
        _archive.Write("chuyen-muc/bai.md", Markdown("Bài trong chuyên mục"));
        Directory.CreateSymbolicLink(PathOf("chuyen-muc/vong-lap"), _archive.ContentPath);

        Sync();

        Assert.Contains("chuyen-muc/bai.md", Ids());
    }
}
