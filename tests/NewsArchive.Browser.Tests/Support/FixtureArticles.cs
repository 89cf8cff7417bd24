using System.Globalization;

namespace NewsArchive.Browser.Tests.Support;

/// <summary>
/// Vietnamese articles written for the browser tests: a full-length report, a plain-text dump, six "Ban Chỉ đạo" titles for the search box to complete, two
/// about xã Hòa Bình for highlighting, and enough provincial bulletins that "ban chi dao" finds two pages of results.
/// </summary>
public static class FixtureArticles
{
    /// <summary>The article with every kind of attribution (authors, tags, original link), for the accessibility check.</summary>
    public const string FullArticleSlug = "ban-chi-dao-35-tinh-an-giang-tong-ket-nam-2023";

    /// <summary>The plain-text dump, with a photo caption, a byline and a source line.</summary>
    public const string PlainArticleSlug = "nong-dan-cho-moi-phan-khoi-thu-hoach-lua-thu-dong";

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

            ## Kết quả nổi bật

            Trong năm, các cơ quan thành viên đã phối hợp đăng tải hơn 1.200 tin, bài, phóng sự về thành tựu phát triển
            kinh tế - xã hội của tỉnh, tập trung vào nông nghiệp công nghệ cao, du lịch sinh thái vùng Bảy Núi và chương
            trình xây dựng nông thôn mới. Nhiều bài viết được bạn đọc chia sẻ, bình luận tích cực.

            Ban Chỉ đạo đã tổ chức 12 lớp bồi dưỡng kỹ năng nhận diện thông tin xấu, độc cho hơn 900 cán bộ, đảng viên,
            đoàn viên thanh niên ở 11 huyện, thị xã, thành phố. Các lớp học được đánh giá thiết thực, gắn với tình huống
            cụ thể ở cơ sở.

            - Đội ngũ cộng tác viên dư luận xã hội được kiện toàn ở tất cả các xã, phường, thị trấn.
            - Các trang thông tin điện tử của sở, ngành được rà soát, cập nhật thường xuyên.
            - Việc phản hồi thông tin sai lệch được thực hiện nhanh hơn so với năm trước.

            ## Những mặt còn hạn chế

            Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: sự phối hợp giữa một số cơ quan chưa thật sự
            chặt chẽ; nội dung tuyên truyền ở vài nơi còn đơn điệu, chưa hấp dẫn người trẻ; nguồn lực dành cho công tác
            này ở cấp xã còn mỏng.

            > Mỗi cán bộ, đảng viên phải là một tuyên truyền viên tích cực, lan tỏa những câu chuyện đẹp về quê hương.

            ## Nhiệm vụ năm 2024

            Phát biểu chỉ đạo, Trưởng ban yêu cầu các thành viên tiếp tục đổi mới phương thức tuyên truyền, tăng cường
            sản xuất nội dung ngắn, trực quan trên nền tảng số; chủ động nắm bắt tình hình dư luận để kịp thời định hướng.

            Hội nghị cũng khen thưởng 15 tập thể và 20 cá nhân có thành tích xuất sắc trong công tác bảo vệ nền tảng tư
            tưởng của Đảng năm 2023.
            """);

        // A plain-text dump as newspapers' pages are often saved: caption, byline and source line at the end.
        folder.Write("2023/11/thu-hoach-lua-thu-dong.txt", """
            Nông dân Chợ Mới phấn khởi thu hoạch lúa Thu Đông

            Sáng 15/11/2023, nông dân huyện Chợ Mới bắt đầu thu hoạch vụ lúa Thu Đông với năng suất bình quân hơn 6 tấn mỗi hécta.

            Nông dân thu hoạch lúa bằng máy gặt đập liên hợp

            Nhờ áp dụng quy trình canh tác giảm giống, giảm phân, chi phí sản xuất mỗi công giảm đáng kể so với vụ trước.

            HỮU HUYNH

            Nguồn Báo An Giang: https://baoangiang.com.vn/nong-dan-cho-moi-thu-hoach-lua-thu-dong.html
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
