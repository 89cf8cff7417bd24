using NewsArchive.Search.Browsing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Discovery;

/// <summary>
/// The URLs of one sitemap file. Articles are asked of the search a slice of days at a time, oldest first: search
/// cannot page past <see cref="ArchiveSearch.MaxResultWindow"/> results, so the calendar's counts decide slices
/// that each fit in that window.
/// </summary>
internal static class SitemapEntries
{
    // Every page of a slice collects all the results before it, so fewer, larger pages cost less than the pages readers see.
    private const int PageSize = 1_000;

    public static IEnumerable<SitemapUrl> Of(SitemapFile file, IArchiveSearch search, ArchiveCalendar calendar, SiteAddress site)
    {
        if (file.SitePages)
            foreach (var page in SitemapPlan.SitePages) yield return new SitemapUrl(site.Absolute(page), null);
        foreach (var slice in file.Days.SelectMany(range => Slices(calendar, range, ArchiveSearch.MaxResultWindow)))
            foreach (var hit in Dated(search, slice)) yield return new SitemapUrl(site.Absolute(hit.Url), hit.Date);
        if (file.Undated)
            foreach (var hit in Undated(search, calendar)) yield return new SitemapUrl(site.Absolute(hit.Url), null);
    }

    /// <summary>
    /// Runs of days with articles, each run holding at most <paramref name="window"/> of them; days without articles
    /// cost no search. A single day over the window is a run of its own, and only its first <paramref name="window"/>
    /// articles can be listed.
    /// </summary>
    internal static IEnumerable<DayRange> Slices(ArchiveCalendar calendar, DayRange range, int window)
    {
        DateOnly? start = null;
        var last = range.From;
        var count = 0;
        foreach (var day in range.EachDay())
        {
            var today = calendar.Count(day);
            if (today == 0) continue;
            if (start is { } from && count + today > window)
            {
                yield return new DayRange(from, last);
                (start, count) = (null, 0);
            }
            start ??= day;
            last = day;
            count += today;
        }
        if (start is { } rest) yield return new DayRange(rest, last);
    }

    private static IEnumerable<SearchHit> Dated(IArchiveSearch search, DayRange slice)
    {
        for (var page = 1; (long)(page - 1) * PageSize < ArchiveSearch.MaxResultWindow; page++)
        {
            var hits = search.Search(new SearchRequest { From = slice.From, To = slice.To, Sort = SearchSort.Oldest, Page = page, PageSize = PageSize }).Hits;
            foreach (var hit in hits.Items) yield return hit;
            if (!hits.HasNext) yield break;
        }
    }

    /// <summary>
    /// Undated articles come after every dated one whichever the order, so they are the last results of a search
    /// without filters. Only those within the result window can be reached: in an archive of more than
    /// <see cref="ArchiveSearch.MaxResultWindow"/> articles, the undated ones beyond it are left out.
    /// </summary>
    private static IEnumerable<SearchHit> Undated(IArchiveSearch search, ArchiveCalendar calendar)
    {
        if (calendar.Undated == 0) yield break;
        var end = Math.Min(calendar.Total, ArchiveSearch.MaxResultWindow);
        for (var page = (calendar.Total - calendar.Undated) / PageSize + 1; (long)(page - 1) * PageSize < end; page++)
        {
            var hits = search.Search(new SearchRequest { Sort = SearchSort.Newest, Page = page, PageSize = PageSize }).Hits;
            foreach (var hit in hits.Items.Where(h => h.Date is null)) yield return hit;
        }
    }
}
