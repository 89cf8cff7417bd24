using NewsArchive.Search.Browsing;

namespace NewsArchive.Web.Discovery;

/// <summary>
/// One sitemap file: the site's own pages or not, the dated articles of some ranges of days, undated articles or not.
/// </summary>
internal sealed record SitemapFile(string Name, bool SitePages, IReadOnlyList<DayRange> Days, bool Undated);

/// <summary>Days from <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
internal readonly record struct DayRange(DateOnly From, DateOnly To)
{
    public static DayRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public IEnumerable<DateOnly> EachDay()
    {
        for (var day = From; day <= To; day = day.AddDays(1)) yield return day;
    }
}

/// <summary>
/// Which sitemap files the archive needs. While everything fits in one file (sitemaps.org allows 50,000 URLs),
/// <c>/sitemap.xml</c> lists it all; beyond that it is an index of one file a year (<c>sitemap-2024.xml</c>),
/// a busy year cut into runs of days (<c>sitemap-2024-1.xml</c>, <c>-2</c>…), and <c>sitemap-undated.xml</c>,
/// which also carries the site's own pages since they have no date either.
/// </summary>
internal sealed class SitemapPlan
{
    public const int MaxUrlsPerFile = 50_000;
    public const string IndexName = "sitemap.xml";
    public const string UndatedName = "sitemap-undated.xml";

    /// <summary>The pages that are not articles but are worth a crawler's visit.</summary>
    public static readonly IReadOnlyList<string> SitePages = ["/", "/archive", "/sources"];

    private SitemapPlan(bool isIndex, IReadOnlyList<SitemapFile> files)
    {
        IsIndex = isIndex;
        Files = files;
    }

    /// <summary>True when <c>/sitemap.xml</c> is a sitemap index of <see cref="Files"/>; else it is the one file.</summary>
    public bool IsIndex { get; }

    public IReadOnlyList<SitemapFile> Files { get; }

    public SitemapFile? Find(string name) => Files.FirstOrDefault(f => f.Name == name);

    public static SitemapPlan For(ArchiveCalendar calendar, int urlsPerFile = MaxUrlsPerFile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(urlsPerFile, 1);
        var years = calendar.Years().Select(y => y.Year).ToList();
        if (calendar.Total + SitePages.Count <= urlsPerFile)
            return new SitemapPlan(false, [new SitemapFile(IndexName, true, years.Select(DayRange.Year).ToList(), true)]);

        var files = new List<SitemapFile>();
        foreach (var year in years)
        {
            var parts = Split(calendar, year, urlsPerFile);
            files.AddRange(parts.Count == 1
                ? [new SitemapFile($"sitemap-{year}.xml", false, parts, false)]
                : parts.Select((part, i) => new SitemapFile($"sitemap-{year}-{i + 1}.xml", false, [part], false)));
        }
        files.Add(new SitemapFile(UndatedName, true, [], true));
        return new SitemapPlan(true, files);
    }

    /// <summary>
    /// The year as consecutive runs of days of at most <paramref name="urlsPerFile"/> articles, covering it from
    /// 1 January to 31 December. A day is never cut: a single day over the limit stays one run.
    /// </summary>
    internal static IReadOnlyList<DayRange> Split(ArchiveCalendar calendar, int year, int urlsPerFile)
    {
        var whole = DayRange.Year(year);
        var runs = new List<DayRange>();
        var start = whole.From;
        var count = 0;
        foreach (var day in whole.EachDay())
        {
            var today = calendar.Count(day);
            if (today > 0 && count > 0 && count + today > urlsPerFile)
            {
                runs.Add(new DayRange(start, day.AddDays(-1)));
                (start, count) = (day, 0);
            }
            count += today;
        }
        runs.Add(new DayRange(start, whole.To));
        return runs;
    }
}
