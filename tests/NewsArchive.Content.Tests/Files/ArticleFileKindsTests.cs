using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>Which files are articles: Markdown, plain-text dumps and saved web pages, whatever the case of the ending.</summary>
public sealed class ArticleFileKindsTests
{
    [Theory]
    [InlineData("bai.md", true)]
    [InlineData("bai.txt", true)]
    [InlineData("bai.html", true)]
    [InlineData("bai.htm", true)]
    [InlineData("BAI.HTML", true)]
    [InlineData("bai.xhtml", false)]
    [InlineData("bai.css", false)]
    [InlineData("bai_files/anh.jpg", false)]
    public void Saved_pages_are_article_files_like_markdown_and_dumps(string path, bool isArticle) =>
        Assert.Equal(isArticle, ArticleFileReader.IsArticleFile(path));

    [Fact]
    public void A_folder_of_every_kind_lists_and_reads_each_article_and_skips_what_a_saved_page_brings_along()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("trang/lu.html", Pages.Bytes("thoi-su-lu-mien-trung.html"));
        folder.WriteBytes("trang/cau.htm", Pages.Bytes("dia-phuong-cau-moi.htm"));
        folder.Write("trang/lu_files/main.css", "body { color: red }");
        folder.Write("trang/lu_files/main.js", "track();");
        folder.Write("bao.md", "# Bão số 3 đổ bộ\n\nNội dung.\n");
        folder.Write("lua.txt", "Lúa thu đông được mùa\n\nNội dung.\n");
        var content = new ContentFolder(folder.Path, new ArticleFileReader(new SourceDirectory()));
        var rejected = new List<RejectedFile>();

        var files = content.EnumerateFiles(rejected).ToList();

        Assert.Empty(rejected);
        Assert.Equal(["bao.md", "lua.txt", "trang/cau.htm", "trang/lu.html"], files.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.Equal(file.Id, content.Read(file, out _).Id));
    }
}
