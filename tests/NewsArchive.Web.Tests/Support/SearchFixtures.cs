using System.Globalization;

namespace NewsArchive.Web.Tests.Support;

/// <summary>
/// A content folder for the search HTTP tests: a "Ban Chỉ đạo" report with a link, a report dated in UTC, an
/// undated note without a source, a note that shows HTML tags as text, and six weather bulletins (two pages of five).
/// </summary>
public static class SearchFixtures
{
    public const int PageSize = 5;
    public const int BulletinCount = 6;
    public const int ArticleCount = BulletinCount + 4;

    public const string SteeringTitle = "Ban Chỉ đạo phòng chống thiên tai họp phiên đầu năm";
    public const string SteeringSlug = "ban-chi-dao-phong-chong-thien-tai-hop-phien-dau-nam";
    public const string SteeringSourceUrl = "https://tinmientrung.example.vn/ban-chi-dao-hop.html";
    public const string FloodSlug = "mua-lon-gay-ngap-sau-o-mien-trung";
    public const string NoteSlug = "ghi-chep-ve-lang-chai-ven-bien";
    public const string TagsSlug = "huong-dan-viet-the-in-dam";

    public static void WriteTo(TempFolder folder)
    {
        folder.Write("2024/ban-chi-dao.md", $"""
            ---
            title: {SteeringTitle}
            date: 2024-01-15T08:00:00+07:00
            source: Báo Tuổi Trẻ
            source_url: {SteeringSourceUrl}
            authors: [Thu Hà]
            ---
            Sáng 15/1, Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh họp phiên đầu năm.

            Các thành viên Ban Chỉ đạo được giao theo dõi từng huyện ven biển. [Xem thêm về thiên tai](https://tinmientrung.example.vn/thien-tai)
            """);

        folder.Write("2023/mua-lu.md", """
            ---
            title: Mưa lớn gây ngập sâu ở miền Trung
            date: 2023-10-20T17:30:00Z
            source: Báo Thanh Niên Miền Trung
            ---
            Mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu, học sinh được nghỉ học.
            """);

        folder.Write("ghi-chep/lang-chai.txt", """
            Ghi chép về làng chài ven biển

            Những chiếc thuyền thúng nằm nghiêng trên bãi cát trắng mỗi sớm mai.
            """);

        folder.Write("ghi-chep/the-in-dam.txt", """
            Hướng dẫn viết thẻ in đậm

            Người viết gõ thẻ <b>x</b> quanh một chữ để in đậm chữ đó trên trang.
            """);

        for (var i = 1; i <= BulletinCount; i++)
        {
            var date = new DateTime(2024, 2, i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            folder.Write($"2024/02/thoi-tiet-{i}.md", $"""
                ---
                title: Bản tin thời tiết biển số {i}
                date: {date}
                source: Đài Khí tượng Nam Bộ
                ---
                Vùng biển ngoài khơi có gió mạnh cấp {i}, tàu thuyền cần chú ý.
                """);
        }
    }
}

/// <summary>One site over <see cref="SearchFixtures"/> with no search rate limit.</summary>
public sealed class SearchSite : FolderSite
{
    protected override void Write(TempFolder content) => SearchFixtures.WriteTo(content);

    protected override ArchiveSite Configure(ArchiveSite site) => site
        .With("Archive:PageSize", SearchFixtures.PageSize.ToString(CultureInfo.InvariantCulture))
        .With("Archive:SearchRateLimit", "0");
}
