using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Caching;

/// <summary>Three market reports from the Mekong Delta, two a page, so the home page has a second page.</summary>
public static class CacheFixtures
{
    public const int PageSize = 2;
    public const string RiceTitle = "Giá lúa Hè Thu tăng nhẹ ở Cần Thơ";
    public const string RiceSlug = "gia-lua-he-thu-tang-nhe-o-can-tho";
    public const string RiceFile = "2024/gia-lua.md";
    public const string FruitTitle = "Sầu riêng miền Tây vào vụ thu hoạch";
    public const string FishTitle = "Cá tra xuất khẩu phục hồi sau Tết";

    public static void WriteTo(TempFolder folder)
    {
        folder.Write(RiceFile, Rice(RiceTitle));
        folder.Write("2024/sau-rieng.md", $"""
            ---
            title: {FruitTitle}
            date: 2024-06-02T07:30:00+07:00
            source: Báo Cần Thơ
            tags: [Nông nghiệp]
            ---
            Nhà vườn ở Cái Mơn bắt đầu cắt sầu riêng Ri6 với giá khá cao.
            """);
        folder.Write("2024/ca-tra.md", $"""
            ---
            title: {FishTitle}
            date: 2024-02-20T09:00:00+07:00
            source: Báo Đồng Tháp
            tags: [Thủy sản]
            ---
            Các nhà máy chế biến cá tra ở Đồng Tháp tăng ca để kịp đơn hàng sau Tết.
            """);
    }

    /// <summary>The rice report under a title of the test's choosing (the slug stays: it is given explicitly).</summary>
    public static string Rice(string title) => $"""
        ---
        title: {title}
        slug: {RiceSlug}
        date: 2024-06-01T08:00:00+07:00
        source: Báo Cần Thơ
        tags: [Nông nghiệp]
        ---
        Thương lái thu mua lúa Hè Thu tại ruộng cao hơn tuần trước từ 100 đến 200 đồng mỗi ký.
        """;
}

/// <summary>One site over <see cref="CacheFixtures"/>, shared by the tests of a class.</summary>
public sealed class CacheSite : FolderSite
{
    protected override void Write(TempFolder content) => CacheFixtures.WriteTo(content);

    protected override ArchiveSite Configure(ArchiveSite site) => site
        .With("Archive:PageSize", CacheFixtures.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .With("Archive:SearchRateLimit", "0");
}
