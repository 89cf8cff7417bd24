using System.Globalization;

namespace NewsArchive.Web.Tests.Support;

/// <summary>
/// A content folder written for the HTTP tests: the seed report, 24 dated Markdown articles (two pages and a bit),
/// one undated plain-text article, one hostile Markdown article and one broken file.
/// </summary>
public static class ArchiveFixtures
{
    public const int DatedMarkdownCount = 24;
    public const int ArticleCount = DatedMarkdownCount + 3; // + seed, undated, hostile
    public const string UndatedTitle = "Chuyện làng nghề dệt chiếu không rõ ngày";
    public const string HostileSlug = "bai-viet-co-ma-doc";

    public static void WriteTo(TempFolder folder)
    {
        File.Copy(RepositoryPaths.Seed, Path.Combine(folder.Path, "an-giang-ban-chi-dao-35.txt"));

        for (var i = 1; i <= DatedMarkdownCount; i++)
        {
            var date = new DateTime(2024, 1, i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            folder.Write($"2024/01/ban-tin-{i:00}.md", $"""
                ---
                title: Bản tin nông nghiệp số {i}
                date: {date}
                source: Báo Cần Thơ
                source_url: https://baocantho.com.vn/ban-tin-{i}.html
                authors: Hải Đăng
                ---
                Đồng bằng sông Cửu Long bước vào vụ lúa mới, số {i}.
                """);
        }

        folder.Write("khong-ngay/lang-nghe.txt", $"""
            {UndatedTitle}

            Làng nghề dệt chiếu ven sông vẫn giữ nếp cũ qua nhiều thế hệ.

            Theo Báo Đồng Tháp
            """);

        folder.Write("doc-hai.md", $"""
            ---
            title: Bài viết có mã độc
            date: 2020-05-05T23:30:00+07:00
            slug: {HostileSlug}
            ---
            <script>alert('xss')</script>

            [Bấm vào đây](javascript:alert(1)) và ![ảnh](https://example.vn/a.jpg)
            """);

        folder.Write("hong/thieu-tieu-de.md", """
            ---
            date: 2021-01-01
            ---
            Tệp này thiếu tiêu đề.
            """);
    }
}
