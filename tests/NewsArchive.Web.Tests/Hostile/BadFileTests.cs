using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// A content folder with every kind of bad file beside good ones: each bad file is skipped (or repaired) with one
/// warning naming it, /health counts the skipped ones, and every good article is served.
/// </summary>
public sealed class BadFileTests(BadFileTests.Folder fixture) : IClassFixture<BadFileTests.Folder>
{
    /// <summary>Bad files by id; each must be skipped with a warning.</summary>
    public static readonly string[] Skipped =
    [
        "hong/front-matter-sai.md",
        "hong/thieu-tieu-de.md",
        "hong/ngay-khong-co.md",
        "hong/nhi-phan.txt",
        "hong/utf8-sai.txt",
        "hong/rong.md",
        "hong/qua-lon.txt",
        "hong/nguon-javascript.md",
        "hong/lien-ket-ra-ngoai.md",
        "hong/thu-muc-ngoai",
        "hong/ong-dan.md",
    ];


    public sealed class Folder : IAsyncLifetime
    {
        private readonly TempFolder _content = new();
        private readonly TempFolder _outside = new();

        public LoggedSite Site { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            static string Markdown(string front, string body = "Nội dung bài viết.") => $"---\n{front}\n---\n{body}\n";
            _content.Write("tot/mua-lua.md", Markdown("title: Mùa lúa bội thu ở Đồng Tháp\ndate: 2024-04-02"));
            _content.Write("tot/trung-1.md", Markdown("title: Bài trùng một\nslug: trung-ten-mot\ndate: 2024-04-03"));
            _content.Write("tot/trung-2.md", Markdown("title: Bài trùng hai\nslug: trung-ten-mot\ndate: 2024-04-04"));

            _content.Write("hong/front-matter-sai.md", Markdown("title: [chưa đóng\ndate: 2024-01-01"));
            _content.Write("hong/thieu-tieu-de.md", Markdown("date: 2024-01-01"));
            _content.Write("hong/ngay-khong-co.md", Markdown("title: Ngày ba mươi tháng hai\ndate: 2023-02-30"));
            File.WriteAllBytes(Path.Combine(_content.Path, "hong/nhi-phan.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0xFF, 0, 3]);
            File.WriteAllBytes(Path.Combine(_content.Path, "hong/utf8-sai.txt"), [.. Encoding.UTF8.GetBytes("Tiêu đề\n\nNội dung "), 0xC3, 0x28, 0xA0, 0xA1]);
            _content.Write("hong/rong.md", "");
            _content.Write("hong/qua-lon.txt", "Bài quá lớn\n\n" + string.Concat(Enumerable.Repeat("Một câu văn rất dài về mùa nước nổi. ", 40_000)));
            _content.Write("hong/nguon-javascript.md", Markdown("title: Nguồn giả\nsource_url: javascript:alert(1)"));
            File.CreateSymbolicLink(Path.Combine(_content.Path, "hong/lien-ket-ra-ngoai.md"), _outside.Write("bi-mat.md", Markdown("title: Tài liệu bên ngoài")));
            Directory.CreateSymbolicLink(Path.Combine(_content.Path, "hong/thu-muc-ngoai"), _outside.Path);
            using (var mkfifo = Process.Start("mkfifo", Path.Combine(_content.Path, "hong/ong-dan.md"))) await mkfifo.WaitForExitAsync();

            Site = (LoggedSite)new LoggedSite(_content.Path).With("Archive:MaxFileSizeMB", "1");
            Client = await Site.ReadyClientAsync();
        }

        public async Task DisposeAsync()
        {
            await Site.DisposeAsync();
            _content.Dispose();
            _outside.Dispose();
        }
    }

    [Fact]
    public async Task Health_counts_every_skipped_file()
    {
        using var json = JsonDocument.Parse(await fixture.Client.GetStringAsync("/health"));

        Assert.Equal(Skipped.Length, json.RootElement.GetProperty("rejectedFiles").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Each_skipped_file_gets_exactly_one_warning_naming_it_and_why()
    {
        var skips = fixture.Site.Log.Warnings.Where(w => w.MessageTemplate.Text.StartsWith("Skipped article file", StringComparison.Ordinal)).ToList();

        foreach (var id in Skipped)
        {
            var warning = Assert.Single(skips, w => LogCapture.Property(w, "File") == id);
            Assert.False(string.IsNullOrWhiteSpace(LogCapture.Property(warning, "Reason")));
        }
        Assert.Equal(Skipped.Length, skips.Count);
    }

    [Fact]
    public void The_oversized_file_is_refused_by_the_configured_limit()
    {
        var warning = fixture.Site.Log.Warnings.Single(w => LogCapture.Property(w, "File") == "hong/qua-lon.txt");

        Assert.Contains("1.048.576", LogCapture.Property(warning, "Reason")!.Replace(',', '.'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_article_asking_for_a_taken_slug_is_served_under_another_with_one_warning()
    {
        var warning = Assert.Single(fixture.Site.Log.Warnings, w => LogCapture.Property(w, "File") == "tot/trung-2.md");

        Assert.Equal("trung-ten-mot", LogCapture.Property(warning, "Slug"));
        Assert.StartsWith("trung-ten-mot-", LogCapture.Property(warning, "AssignedSlug"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_good_article_is_served()
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync("/articles/mua-lua-boi-thu-o-dong-thap")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync("/articles/trung-ten-mot")).StatusCode);
        using var json = JsonDocument.Parse(await fixture.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("bài trùng")));
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Nothing_of_the_files_outside_the_folder_is_served()
    {
        using var json = JsonDocument.Parse(await fixture.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("tài liệu bên ngoài")));

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }
}
