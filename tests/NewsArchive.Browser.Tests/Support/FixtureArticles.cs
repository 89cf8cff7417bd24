using System.Globalization;

namespace NewsArchive.Browser.Tests.Support;

/// <summary>
/// Vietnamese articles written for the browser tests: six "Ban Chỉ đạo" titles for the search box to complete, two
/// about xã Hòa Bình for highlighting, and enough provincial bulletins that "ban chi dao" finds two pages of results.
/// </summary>
public static class FixtureArticles
{
    /// <summary>The article with every kind of attribution (authors, tags, original link), for the accessibility check.</summary>
    public const string FullArticleSlug = "ban-chi-dao-35-tinh-an-giang-tong-ket-nam-2023";

    public const int BulletinCount = 22;

    private static readonly string[] SteeringCommittees =
    [
        "Ban Chỉ đạo phòng, chống thiên tai tỉnh An Giang họp trước mùa lũ",
        "Ban Chỉ đạo chuyển đổi số kiểm tra tại huyện Chợ Mới",
        "Ban Chỉ đạo giảm nghèo bền vững làm việc với xã Hòa Bình",
        "Ban Chỉ đạo cải cách hành chính tỉnh An Giang sơ kết 6 tháng",
        "Ban Chỉ đạo an toàn thực phẩm ra quân đầu năm",
    ];

    public static void WriteTo(TempFolder folder)
    {
        folder.Write("2024/01/ban-chi-dao-35.md", $"""
            ---
            title: Ban Chỉ đạo 35 tỉnh An Giang tổng kết năm 2023
            date: 2024-01-12T08:00:00+07:00
            source: Báo An Giang
            source_url: https://baoangiang.com.vn/ban-chi-dao-35-tong-ket-2023.html
            authors: [Mỹ Linh, Trung Hiếu]
            tags: [Ban Chỉ đạo 35, An Giang]
            summary: Ban Chỉ đạo 35 tỉnh An Giang tổng kết công tác bảo vệ nền tảng tư tưởng của Đảng năm 2023.
            slug: {FullArticleSlug}
            ---
            Sáng 12/1, **Ban Chỉ đạo 35 tỉnh An Giang** tổ chức hội nghị tổng kết công tác năm 2023.

            Các đại biểu đánh giá thông tin tích cực trên mạng xã hội đã lan tỏa rộng rãi trong tỉnh An Giang.
            """);

        for (var i = 0; i < SteeringCommittees.Length; i++)
        {
            folder.Write($"2023/ban-chi-dao-{i + 1}.md", $"""
                ---
                title: {SteeringCommittees[i]}
                date: 2023-{i + 3:00}-15
                source: Báo An Giang
                source_url: https://baoangiang.com.vn/ban-chi-dao-{i + 1}.html
                ---
                Ban Chỉ đạo tỉnh An Giang đã làm việc với các địa phương và giao nhiệm vụ cụ thể cho từng sở, ngành.
                """);
        }

        folder.Write("2023/hoa-binh-le-hoi.md", """
            ---
            title: Lễ hội đua bò ở xã Hòa Bình thu hút du khách
            date: 2023-09-20
            source: Báo Cần Thơ
            source_url: https://baocantho.com.vn/le-hoi-dua-bo-hoa-binh.html
            ---
            Người dân xã Hòa Bình, huyện Chợ Mới, tỉnh An Giang mong mùa lễ hội diễn ra trong không khí hòa bình, vui tươi.
            """);

        folder.Write("2023/hoa-binh-bien-gioi.md", """
            ---
            title: Giữ gìn hòa bình trên tuyến biên giới Tây Nam
            date: 2023-10-05
            source: Báo Đồng Tháp
            source_url: https://baodongthap.vn/giu-gin-hoa-binh.html
            ---
            Bộ đội biên phòng tỉnh An Giang phối hợp với nhân dân giữ gìn hòa bình, ổn định trên tuyến biên giới.
            """);

        for (var i = 1; i <= BulletinCount; i++)
        {
            var date = new DateTime(2022, 1, 1).AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            folder.Write($"2022/ban-tin-{i:00}.md", $"""
                ---
                title: Bản tin đồng bằng số {i}
                date: {date}
                source: Báo Cần Thơ
                source_url: https://baocantho.com.vn/ban-tin-dong-bang-{i}.html
                ---
                Theo báo cáo của Ban Chỉ đạo sản xuất nông nghiệp tỉnh An Giang, vụ lúa số {i} đạt năng suất khá.
                """);
        }
    }
}
