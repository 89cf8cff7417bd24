using System.Globalization;

namespace NewsArchive.Web.Tests.Support;

/// <summary>
/// Articles spread over four years, many months and days, five sources (and none), a handful of tags, with one
/// busy day of 250 articles, the edges of Vietnam time, a leap day, and undated articles with and without a source.
/// </summary>
public static class SpreadFixtures
{
    public const int PageSize = 20;
    public const int BusyDayCount = 250;
    public static readonly DateOnly BusyDay = new(2024, 5, 19);

    public sealed record Fixture(string Title, string? Date, string? Source, IReadOnlyList<string> Tags);

    public static IReadOnlyList<Fixture> All { get; } = Build();

    public static void WriteTo(TempFolder folder)
    {
        for (var i = 0; i < All.Count; i++)
        {
            var a = All[i];
            var lines = new List<string> { "---", $"title: {a.Title}" };
            if (a.Date is not null) lines.Add($"date: {a.Date}");
            if (a.Source is not null) lines.Add($"source: {a.Source}");
            if (a.Tags.Count > 0) lines.Add($"tags: [{string.Join(", ", a.Tags)}]");
            lines.Add("---");
            folder.Write($"bai/{i:D4}.md", string.Join('\n', lines) + $"\n{a.Title}. Tin tức địa phương được lưu trữ để bạn đọc tra cứu.\n");
        }
    }

    private static List<Fixture> Build()
    {
        var all = new List<Fixture>();
        void Add(string title, string? date, string? source, params string[] tags) => all.Add(new Fixture(title, date, source, tags));

        string[] sources = ["Báo Tuổi Trẻ", "Báo Nhân Dân", "Báo Thanh Niên", "Báo An Giang", "Báo Lao Động"];
        string[] places = ["Cần Thơ", "Huế", "Đà Nẵng", "Hải Phòng", "Cà Mau", "Lào Cai", "Quy Nhơn"];
        // Quiet days: one, two or three articles a day across four years.
        var n = 0;
        foreach (var year in new[] { 2021, 2022, 2023, 2024 })
        {
            foreach (var month in new[] { 1, 3, 4, 8, 11, 12 }.Where(m => (m + year) % 3 != 0))
            {
                foreach (var day in new[] { 2, 15, 28 }.Take(1 + (month + year) % 3))
                {
                    for (var k = 0; k <= (day + month) % 3; k++, n++)
                    {
                        var date = new DateTimeOffset(year, month, day, 7 + k * 3, 15, 0, TimeSpan.FromHours(7));
                        Add($"Bản tin {places[n % places.Length]} số {n}", date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                            n % 6 == 5 ? null : sources[n % sources.Length], n % 4 == 0 ? ["Kinh tế"] : n % 4 == 1 ? ["Giáo dục", "Thanh niên"] : []);
                    }
                }
            }
        }

        // The edges of Vietnam time: 23:30 on the 31st is still January there; 17:30 UTC is already 1 February.
        Add("Đêm cuối tháng Giêng ở bến Ninh Kiều", "2024-01-31T23:30:00+07:00", "Báo Tuổi Trẻ", "Lễ hội");
        Add("Sáng đầu tháng Hai ở chợ nổi", "2024-01-31T17:30:00Z", "Báo Tuổi Trẻ", "Lễ hội");
        Add("Giao thừa năm mới trên phố đi bộ", "2023-12-31T17:00:00Z", "Báo Thanh Niên", "Lễ hội");
        Add("Ngày nhuận, chuyện bốn năm mới có", "2024-02-29", "Báo Nhân Dân");

        for (var i = 1; i <= BusyDayCount; i++)
        {
            // Ten to a minute: many share a time, so the order on a page depends on the tie-break being stable.
            var time = new DateTimeOffset(2024, 5, 19, 6, 0, 0, TimeSpan.FromHours(7)).AddMinutes((i - 1) / 10);
            Add($"Tin bầu cử số {i}", time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                sources[i % 3], i % 5 == 0 ? ["Bầu cử", "Hà Nội"] : ["Bầu cử"]);
        }

        Add("Chuyện làng nghề dệt chiếu", null, "Báo An Giang", "Làng nghề");
        Add("Ghi chép về làng gốm Bát Tràng", null, null, "Làng nghề");
        Add("Ký ức người lái đò sông Hậu", null, "Báo Tuổi Trẻ");
        return all;
    }
}

/// <summary>One site over <see cref="SpreadFixtures"/>.</summary>
public sealed class SpreadSite : FolderSite
{
    protected override void Write(TempFolder content) => SpreadFixtures.WriteTo(content);

    protected override ArchiveSite Configure(ArchiveSite site) =>
        site.With("Archive:PageSize", SpreadFixtures.PageSize.ToString(CultureInfo.InvariantCulture)).With("Archive:SearchRateLimit", "0");
}
