using NewsArchive.Content.Articles;

namespace NewsArchive.Benchmarks.Micro;

/// <summary>A news paragraph written for these benchmarks (not taken from the corpus), and an article made of it.</summary>
internal static class Fixture
{
    public const string Paragraph =
        "Sáng 28/2, Ban Chỉ đạo 35 tỉnh An Giang tổ chức hội nghị sơ kết công tác bảo vệ nền tảng tư tưởng của Đảng, " +
        "đấu tranh phản bác các quan điểm sai trái, thù địch năm 2023. Đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì " +
        "hội nghị; dự có lãnh đạo các sở, ban, ngành và đại diện 11 huyện, thị xã, thành phố. Theo báo cáo, trong năm qua " +
        "các cấp ủy đã quán triệt kịp thời nhiều văn bản chỉ đạo, phát huy vai trò của báo chí, mạng xã hội và đội ngũ " +
        "cộng tác viên; hơn 1.200 bài viết được đăng tải, lan tỏa những thông tin tích cực về thành tựu kinh tế – xã hội, " +
        "quốc phòng, an ninh của địa phương. Hội nghị cũng chỉ ra hạn chế: kỹ năng khai thác dữ liệu trên không gian mạng " +
        "của một số nơi còn yếu, việc phối hợp giữa các lực lượng có lúc chưa chặt chẽ.";

    public static Article Article(int paragraphs) => new()
    {
        Id = "fixture.md",
        Slug = "hoi-nghi-so-ket-ban-chi-dao-35",
        Title = "Hội nghị sơ kết công tác của Ban Chỉ đạo 35 tỉnh An Giang",
        Date = new DateTimeOffset(2023, 2, 28, 8, 0, 0, TimeSpan.FromHours(7)),
        Source = new ArticleSource("Báo An Giang", new Uri("https://baoangiang.com.vn/bai-viet.html")),
        Body = new PlainTextBody(Enumerable.Repeat(new TextBlock(TextBlockKind.Paragraph, Paragraph), paragraphs).ToList()),
    };
}
