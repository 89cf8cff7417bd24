using NewsArchive.Search.Browsing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Discovery;

/// <summary>
/// One sitemap file: the site's own pages or not, then a stretch of one list of articles, oldest first
/// (<paramref name="Skip"/> articles in, <paramref name="Take"/> of them).
/// </summary>
internal sealed record SitemapFile(string Name, bool SitePages, SearchRequest Articles, long Skip, int Take);

/// <summary>
/// Which sitemap files the archive needs. While everything fits in one file (sitemaps.org allows 50,000 URLs),
/// <c>/sitemap.xml</c> lists it all; beyond that it is an index of one file a year (<c>sitemap-2024.xml</c>), a
/// busier year cut into numbered parts (<c>sitemap-2024-1.xml</c>, <c>-2</c>…), and <c>sitemap-undated.xml</c>
/// with the site's own pages (they have no date either) and the undated articles, in parts too when they are many.
/// Parts are cut by position in the list, so no file is ever over the limit, however busy a day.
/// </summary>
internal sealed class SitemapPlan
{
    public const int MaxUrlsPerFile = 50_000;
    public const string IndexName = "sitemap.xml";
    public const string UndatedName = "sitemap-undated.xml";

    /// <summary>The pages that are not articles but are worth a crawler's visit.</summary>
    public static readonly IReadOnlyList<string> SitePages = ["/", "/archive", "/sources", "/tags"];

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
        ArgumentOutOfRangeException.ThrowIfLessThan(urlsPerFile, SitePages.Count + 1);
        var oldestFirst = new SearchRequest { Sort = SearchSort.Oldest };
        if (calendar.Total + SitePages.Count <= urlsPerFile)
            return new SitemapPlan(false, [new SitemapFile(IndexName, true, oldestFirst, 0, calendar.Total)]);

        var files = new List<SitemapFile>();
        foreach (var (year, count) in calendar.Years())
        {
            var articles = oldestFirst with { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) };
            var parts = (count + urlsPerFile - 1) / urlsPerFile;
            files.AddRange(parts == 1
                ? [new SitemapFile($"sitemap-{year}.xml", false, articles, 0, count)]
                : Enumerable.Range(0, parts).Select(i =>
                    new SitemapFile($"sitemap-{year}-{i + 1}.xml", false, articles, (long)i * urlsPerFile, Math.Min(urlsPerFile, count - i * urlsPerFile))));
        }
        files.AddRange(UndatedFiles(calendar.Undated, oldestFirst with { Undated = true }, urlsPerFile));
        return new SitemapPlan(true, files);
    }

    /// <summary>The site's pages and as many undated articles as fit beside them, then the rest in full files.</summary>
    private static IEnumerable<SitemapFile> UndatedFiles(int undated, SearchRequest articles, int urlsPerFile)
    {
        var first = Math.Min(undated, urlsPerFile - SitePages.Count);
        var rest = undated - first;
        var parts = 1 + (rest + urlsPerFile - 1) / urlsPerFile;
        string Name(int part) => parts == 1 ? UndatedName : $"sitemap-undated-{part}.xml";

        yield return new SitemapFile(Name(1), true, articles, 0, first);
        for (var part = 2; part <= parts; part++)
        {
            var skip = first + (long)(part - 2) * urlsPerFile;
            yield return new SitemapFile(Name(part), false, articles, skip, (int)Math.Min(urlsPerFile, undated - skip));
        }
    }
}
