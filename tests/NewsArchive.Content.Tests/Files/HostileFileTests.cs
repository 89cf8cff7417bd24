using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>
/// A file that disappears before it is read is refused with that reason; a path that leads outside the folder
/// through a linked folder, or round a loop of links, is not found. (Pipes, sockets and links met while a whole
/// folder is synced: ContentFolderTests in NewsArchive.Search.Tests.)
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly TempFolder _root = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _root.Dispose();
        _outside.Dispose();
    }

    private static string Markdown(string title) => $"---\ntitle: {title}\ndate: 2024-03-01\n---\nNội dung của bài {title}.\n";

    private ContentFolder Folder() => new(_root.Path, new ArticleFileReader(new SourceDirectory()));

    [Fact]
    public void A_file_that_vanishes_before_it_is_read_is_skipped_with_that_reason()
    {
        _root.Write("sap-xoa.md", Markdown("Bài sắp bị xoá"));
        var folder = Folder();
        var file = Assert.Single(folder.EnumerateFiles([]));
        File.Delete(file.FullPath);

        var error = Assert.Throws<ArticleFileException>(() => folder.Read(file, out _));

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
}
