using System.Globalization;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Browsing;

/// <summary>
/// An archive with one very busy day (250 articles, ten to a minute so many share a time), a few quiet days, two
/// sources, tags written in two spellings, and undated articles: the lists in time order are checked against the
/// order computed here from the files themselves.
/// </summary>
public sealed class BusyDayArchive : IDisposable
{
    public const int BusyDayCount = 250;
    public const int UndatedCount = 3;
    public static readonly DateOnly BusyDay = new(2024, 5, 19);

    private readonly TestArchive _archive = new();
    private readonly List<(string Path, string Title, DateTimeOffset? Date, string Source)> _articles = [];

    public BusyDayArchive()
    {
        for (var i = 1; i <= BusyDayCount; i++)
        {
            // Ten articles a minute from 06:00: ties on the time are broken by the file's path.
            var time = new DateTimeOffset(2024, 5, 19, 6, 0, 0, TimeSpan.FromHours(7)).AddMinutes((i - 1) / 10);
            Add($"bau-cu/tin-{(i * 37) % 1000:D3}.md", $"Tin bầu cử số {i}", time, i % 2 == 0 ? "Báo Tuổi Trẻ" : "Báo Nhân Dân",
                i % 5 == 0 ? "[Bầu cử, Hà Nội]" : i % 7 == 0 ? "[bầu cử]" : "[Bầu cử]");
        }
        Add("truoc/giao-thua.md", "Đêm giao thừa bên sông", new DateTimeOffset(2024, 1, 31, 23, 30, 0, TimeSpan.FromHours(7)), "Báo Tuổi Trẻ", "[Lễ hội]");
        Add("truoc/dau-thang.md", "Sáng đầu tháng Hai", new DateTimeOffset(2024, 1, 31, 17, 30, 0, TimeSpan.Zero), "Báo Tuổi Trẻ", "[Lễ hội]");
        Add("sau/tong-ket.md", "Tổng kết cuộc bầu cử", new DateTimeOffset(2024, 5, 20, 9, 0, 0, TimeSpan.FromHours(7)), "Báo Nhân Dân", "[Bầu cử]");
        for (var i = 1; i <= UndatedCount; i++) Add($"khong-ngay/lang-nghe-{i}.md", $"Chuyện làng nghề số {i}", null, "Báo Nhân Dân", "[]");

        var report = _archive.SyncAll();
        if (report.Indexed != _articles.Count || report.Rejected.Count != 0)
            throw new InvalidOperationException($"the archive did not index cleanly: {report}");
    }

    public NewsArchive.Search.ArchiveSearch Search => _archive.Search;

    public int Count => _articles.Count;

    /// <summary>The titles in the archive's order: by time (ties by path), undated last by path.</summary>
    public IReadOnlyList<string> Expected(bool newestFirst, Func<string, bool>? source = null, Func<DateTimeOffset?, bool>? when = null)
    {
        var chosen = _articles.Where(a => (source is null || source(a.Source)) && (when is null || when(a.Date))).ToList();
        var dated = chosen.Where(a => a.Date is not null);
        var ordered = newestFirst
            ? dated.OrderByDescending(a => a.Date).ThenBy(a => a.Path, StringComparer.Ordinal)
            : dated.OrderBy(a => a.Date).ThenBy(a => a.Path, StringComparer.Ordinal);
        return ordered.Concat(chosen.Where(a => a.Date is null).OrderBy(a => a.Path, StringComparer.Ordinal)).Select(a => a.Title).ToList();
    }

    public void Dispose() => _archive.Dispose();

    private void Add(string path, string title, DateTimeOffset? date, string source, string tags)
    {
        _articles.Add((path, title, date, source));
        var dateLine = date is { } d ? $"date: {d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}\n" : "";
        _archive.Write(path, $"---\ntitle: {title}\n{dateLine}source: {source}\ntags: {tags}\n---\n{title}. Cử tri đi bỏ phiếu từ sáng sớm.\n");
    }
}
