using System.Globalization;

namespace NewsArchive.Web.Tests.Support;

/// <summary>Articles spread over years, months and days, with the edges of Vietnam time and one busy day.</summary>
public static class DateFixtures
{
    public const int PageSize = 5;
    public const int BusyDayCount = 7;
    public const string NewYearsEve = "Pháo hoa đêm giao thừa bên sông Hàn";
    public const string NewYearsDay = "Người dân Hà Nội đón năm mới";

    public static void WriteTo(TempFolder folder)
    {
        // 23:30 in Vietnam is still the 31st; 17:30 UTC is already 00:30 on the 1st there.
        Article(folder, "2022/giao-thua.md", NewYearsEve, "2022-12-31T23:30:00+07:00");
        Article(folder, "2023/nam-moi.md", NewYearsDay, "2022-12-31T17:30:00Z");
        Article(folder, "2023/hop-sang.md", "Tỉnh họp phiên đầu tiên của Ban Chỉ đạo", "2023-02-28T08:00:00+07:00");
        Article(folder, "2023/hop-chieu.md", "Chiều cùng ngày, huyện triển khai kế hoạch", "2023-02-28T15:00:00+07:00");
        Article(folder, "2024/nhuan.md", "Ngày nhuận, chuyện hiếm bốn năm mới có", "2024-02-29T09:00:00+07:00");
        for (var i = 1; i <= BusyDayCount; i++)
            Article(folder, $"2024/bau-cu-{i}.md", $"Tin bầu cử số {i}", $"2024-03-10T{i + 8:D2}:00:00+07:00", i <= 2 ? "[Bầu cử, Hà Nội]" : "[Bầu cử]");
        folder.Write("khong-ngay.txt", "Bài không rõ ngày đăng\n\nBài này không có ngày đăng, chỉ có nội dung.\n");
    }

    private static void Article(TempFolder folder, string path, string title, string date, string tags = "[]") =>
        folder.Write(path, $"---\ntitle: {title}\ndate: {date}\nsource: Báo Mẫu\ntags: {tags}\n---\n{title}. Nội dung bài viết.\n");
}

/// <summary>One site over <see cref="DateFixtures"/>.</summary>
public sealed class DateSite : FolderSite
{
    protected override void Write(TempFolder content) => DateFixtures.WriteTo(content);

    protected override ArchiveSite Configure(ArchiveSite site) =>
        site.With("Archive:PageSize", DateFixtures.PageSize.ToString(CultureInfo.InvariantCulture));
}
