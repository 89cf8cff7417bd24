using System.Diagnostics;
using System.Net.Sockets;
using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>
/// Things in a content folder that are not article files at all, or stop being files while they are read: each is
/// skipped with its reason, nothing waits on it, and nothing outside the folder is reached through it.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    /// <summary>Only a guard against a hang: reading a pipe would wait forever for a writer that never comes.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    private readonly TempFolder _root = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _root.Dispose();
        _outside.Dispose();
    }

    private static string Markdown(string title) => $"---\ntitle: {title}\ndate: 2024-03-01\n---\nNội dung của bài {title}.\n";

    private ContentFolder Folder(long maxFileBytes = ArticleFileReader.DefaultMaxFileBytes) =>
        new(_root.Path, new ArticleFileReader(new SourceDirectory(), maxFileBytes));

    private Task<ContentLoadResult> LoadAsync() => Task.Run(() => Folder().Load()).WaitAsync(Hang);

    [Fact]
    public async Task A_named_pipe_called_like_an_article_is_skipped_without_waiting_for_a_writer()
    {
        using (var mkfifo = Process.Start("mkfifo", _root.PathOf("ong-dan.md"))) await mkfifo.WaitForExitAsync();
        _root.Write("tot.md", Markdown("Bài tốt"));

        var result = await LoadAsync();

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("ong-dan.md", rejected.Id);
        Assert.Contains("pipe", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("tot.md", Assert.Single(result.Articles).Id);
    }

    [Fact]
    public async Task A_socket_called_like_an_article_is_skipped()
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(_root.PathOf("o-cam.txt")));
        _root.Write("tot.md", Markdown("Bài tốt"));

        var result = await LoadAsync();

        Assert.Equal("o-cam.txt", Assert.Single(result.Rejected).Id);
        Assert.Equal("tot.md", Assert.Single(result.Articles).Id);
    }

    [Fact]
    public void A_file_that_vanishes_before_it_is_read_is_skipped_with_that_reason()
    {
        _root.Write("sap-xoa.md", Markdown("Bài sắp bị xoá"));
        var folder = Folder();
        var file = Assert.Single(folder.EnumerateFiles([]));
        File.Delete(file.FullPath);

        var error = Assert.Throws<ArticleFileException>(() => folder.Read(file));

        Assert.Contains("disappeared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_reached_through_a_linked_folder_that_leads_outside_is_not_found()
    {
        var secret = _outside.Write("bi-mat.md", Markdown("Tài liệu bên ngoài"));
        Directory.CreateSymbolicLink(_root.PathOf("thu-muc-ngoai"), _outside.Path);

        var found = Folder().Find(Path.Combine(_root.Path, "thu-muc-ngoai", "bi-mat.md"));

        Assert.True(File.Exists(secret));
        Assert.Null(found);
    }

    [Fact]
    public void A_file_reached_through_a_linked_folder_inside_is_found()
    {
        _root.Write("goc/bai.md", Markdown("Bài gốc"));
        Directory.CreateSymbolicLink(_root.PathOf("loi-tat"), _root.PathOf("goc"));

        var found = Folder().Find(Path.Combine(_root.Path, "loi-tat", "bai.md"));

        Assert.Equal("loi-tat/bai.md", found?.Id);
    }

    [Fact]
    public void A_link_loop_on_the_way_is_not_found_and_does_not_hang()
    {
        Directory.CreateSymbolicLink(_root.PathOf("a"), _root.PathOf("b"));
        Directory.CreateSymbolicLink(_root.PathOf("b"), _root.PathOf("a"));

        Assert.Null(Folder().Find(Path.Combine(_root.Path, "a", "bai.md")));
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_read_and_one_byte_more_is_refused()
    {
        var text = Markdown("Bài vừa đủ");
        var size = System.Text.Encoding.UTF8.GetByteCount(text);
        _root.Write("vua-du.md", text);
        _root.Write("qua-mot-byte.md", text + " ");

        var result = Folder(maxFileBytes: size).Load();

        Assert.Equal("vua-du.md", Assert.Single(result.Articles).Id);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("qua-mot-byte.md", rejected.Id);
        Assert.Contains("over the limit", rejected.Reason, StringComparison.Ordinal);
    }
}
