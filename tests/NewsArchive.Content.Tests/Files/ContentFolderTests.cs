using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>Loading a whole folder: what is read, what is skipped, and that one bad file never stops the rest.</summary>
public sealed class ContentFolderTests : IDisposable
{
    private readonly TempFolder _root = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _root.Dispose();
        _outside.Dispose();
    }

    private static string Markdown(string title) => $"---\ntitle: {title}\ndate: 2024-03-01\n---\nNội dung của bài {title}.\n";

    private static string PlainText(string title) => $"{title}\n\nSáng 1/3/2024, đoàn công tác làm việc tại xã Tân Phú.\n";

    private ContentLoadResult Load(long maxFileBytes = ArticleFileReader.DefaultMaxFileBytes) =>
        new ContentFolder(_root.Path, new ArticleFileReader(new SourceDirectory(), maxFileBytes)).Load();

    private static List<string> Ids(ContentLoadResult result) => result.Articles.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Markdown_and_text_files_in_subfolders_are_read_with_slash_separated_ids()
    {
        _root.Write("gioi-thieu.md", Markdown("Giới thiệu kho lưu trữ"));
        _root.Write("the-thao/bong-da/tran-chung-ket.txt", PlainText("Trận chung kết cúp quốc gia"));
        _root.Write("kinh-te/gia-lua.md", Markdown("Giá lúa tăng nhẹ"));

        var result = Load();

        string[] expected = ["gioi-thieu.md", "kinh-te/gia-lua.md", "the-thao/bong-da/tran-chung-ket.txt"];
        Assert.Equal(expected, Ids(result));
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void Extensions_are_recognised_in_any_case()
    {
        _root.Write("VIET-HOA.MD", Markdown("Bài viết hoa"));
        _root.Write("Ban-Tin.Txt", PlainText("Bản tin sáng"));

        Assert.Equal(2, Load().Articles.Count);
    }

    [Fact]
    public void Other_extensions_hidden_files_and_hidden_folders_are_ignored()
    {
        _root.Write("bai-that.md", Markdown("Bài thật"));
        _root.Write("anh-minh-hoa.jpg", "không phải bài viết");
        _root.Write("ghi-chu.doc", "không phải bài viết");
        _root.Write("bai.md.bak", Markdown("Bản sao lưu"));
        _root.Write(".nhap.md", Markdown("Bản nháp ẩn"));
        _root.Write(".git/bai-an.md", Markdown("Bài trong thư mục ẩn"));
        _root.Write("chuyen-muc/.cu/bai-cu.txt", PlainText("Bài trong thư mục ẩn con"));

        var result = Load();

        Assert.Equal("bai-that.md", Assert.Single(result.Articles).Id);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void A_broken_file_is_rejected_with_its_id_and_reason_and_the_others_still_load()
    {
        _root.Write("tot-1.md", Markdown("Bài tốt thứ nhất"));
        _root.Write("chuyen-muc/hong.md", "---\ndate: 2024-03-01\n---\nThiếu tiêu đề.\n");
        _root.Write("tot-2.txt", PlainText("Bài tốt thứ hai"));

        var result = Load();

        string[] expected = ["tot-1.md", "tot-2.txt"];
        Assert.Equal(expected, Ids(result));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("chuyen-muc/hong.md", rejected.Id);
        Assert.Contains("title", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n\t\n")]
    public void An_empty_file_is_rejected(string content)
    {
        _root.Write("trong.txt", content);
        _root.Write("co-chu.md", Markdown("Bài có chữ"));

        var result = Load();

        Assert.Equal("trong.txt", Assert.Single(result.Rejected).Id);
        Assert.Single(result.Articles);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_without_stopping_the_others()
    {
        _root.Write("nho.md", Markdown("Bài ngắn"));
        _root.Write("lon.txt", PlainText("Bài quá dài") + new string('a', 4096));

        var result = Load(maxFileBytes: 1024);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("lon.txt", rejected.Id);
        Assert.Contains("limit", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("nho.md", Assert.Single(result.Articles).Id);
    }

    [Fact]
    public void The_size_limit_reason_does_not_claim_the_file_is_as_large_as_the_limit()
    {
        _root.WriteBytes("qua-lon.txt", new byte[ArticleFileReader.DefaultMaxFileBytes + 1]);

        var reason = Assert.Single(Load().Rejected).Reason;

        Assert.DoesNotContain("is 8 MB, over the limit of 8 MB", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fullwidth_digits_in_a_dateline_do_not_stop_the_load()
    {
        _root.Write("so-rong.txt", "Khai mạc hội chợ\n\nSáng ２８/２, hội chợ khai mạc trong năm 2023.\n");
        _root.Write("tot.md", Markdown("Bài tốt"));

        var result = Load();

        Assert.Empty(result.Rejected);
        Assert.Equal(2, result.Articles.Count);
        Assert.Null(result.Articles.Single(a => a.Id == "so-rong.txt").Date);
    }

    [Theory]
    [InlineData("nam-mot.md", "---\ntitle: Ngày đầu tiên\ndate: 0001-01-01\n---\nNội dung.\n")]
    public void A_file_that_trips_the_parser_is_rejected_and_the_others_still_load(string name, string content)
    {
        _root.Write(name, content);
        _root.Write("tot.md", Markdown("Bài tốt"));

        var result = Load();

        Assert.Equal(name, Assert.Single(result.Rejected).Id);
        Assert.Equal("tot.md", Assert.Single(result.Articles).Id);
    }

    [Fact]
    public void A_link_to_itself_is_rejected_not_followed_forever()
    {
        File.CreateSymbolicLink(_root.PathOf("vong.md"), _root.PathOf("vong.md"));
        _root.Write("tot.md", Markdown("Bài tốt"));

        var result = Load();

        Assert.Equal("vong.md", Assert.Single(result.Rejected).Id);
        Assert.Equal("tot.md", Assert.Single(result.Articles).Id);
    }

    [Fact]
    public void A_link_to_a_file_outside_the_folder_is_rejected_and_not_read()
    {
        var secret = _outside.Write("bi-mat.md", Markdown("Tài liệu bên ngoài"));
        File.CreateSymbolicLink(_root.PathOf("lien-ket.md"), secret);
        _root.Write("binh-thuong.md", Markdown("Bài bình thường"));

        var result = Load();

        Assert.Equal("lien-ket.md", Assert.Single(result.Rejected).Id);
        Assert.Equal("binh-thuong.md", Assert.Single(result.Articles).Id);
        Assert.DoesNotContain(result.Articles, a => a.Title == "Tài liệu bên ngoài");
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_rejected_and_not_walked()
    {
        _outside.Write("bi-mat.md", Markdown("Tài liệu bên ngoài"));
        Directory.CreateSymbolicLink(_root.PathOf("thu-muc-ngoai"), _outside.Path);

        var result = Load();

        Assert.Equal("thu-muc-ngoai", Assert.Single(result.Rejected).Id);
        Assert.Empty(result.Articles);
    }

    [Fact]
    public void A_link_to_a_file_inside_the_folder_is_read()
    {
        var target = _root.Write("goc/bai-goc.md", Markdown("Bài gốc"));
        File.CreateSymbolicLink(_root.PathOf("lien-ket.md"), target);

        var result = Load();

        Assert.Empty(result.Rejected);
        string[] expected = ["goc/bai-goc.md", "lien-ket.md"];
        Assert.Equal(expected, Ids(result));
        Assert.Equal(2, result.Articles.Select(a => a.Slug).Distinct().Count());
    }

    [Fact]
    public void A_link_back_up_the_tree_does_not_loop()
    {
        _root.Write("chuyen-muc/bai.md", Markdown("Bài trong chuyên mục"));
        Directory.CreateSymbolicLink(_root.PathOf("chuyen-muc/vong-lap"), _root.Path);

        var result = Load();

        Assert.Contains(result.Articles, a => a.Id == "chuyen-muc/bai.md");
    }

    [Fact]
    public void Articles_that_want_the_same_slug_all_load_with_unique_slugs()
    {
        _root.Write("a/tin.md", Markdown("Tin nóng"));
        _root.Write("b/tin.md", Markdown("Tin nóng"));

        var result = Load();

        Assert.Equal(2, result.Articles.Select(a => a.Slug).Distinct().Count());
        Assert.Equal("b/tin.md", Assert.Single(result.SlugCollisions).Article.Id);
        Assert.Equal("tin-nong", result.Articles.Single(a => a.Id == "a/tin.md").Slug);
    }
}
