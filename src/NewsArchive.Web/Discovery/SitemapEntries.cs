using NewsArchive.Search.Querying;
using NewsArchive.Search;

namespace NewsArchive.Web.Discovery;

/// <summary>
/// The URLs of one sitemap file: its stretch of a list of articles, read from the search a thousand at a time.
/// A list without words pages by the counts of its days, so a stretch deep in a year costs no more than the first.
/// </summary>
internal static class SitemapEntries
{
    private const int PageSize = 1_000;

    public static IEnumerable<SitemapUrl> Of(SitemapFile file, IArchiveSearch search, SiteAddress site)
    {
        if (file.SitePages)
            foreach (var page in SitemapPlan.SitePages) yield return new SitemapUrl(site.Absolute(page), null);
        foreach (var hit in Stretch(search, file.Articles, file.Skip, file.Take))
            yield return new SitemapUrl(site.Absolute(hit.Url), hit.Date);
    }

    private static IEnumerable<SearchHit> Stretch(IArchiveSearch search, SearchRequest articles, long skip, int take)
    {
        var page = (int)(skip / PageSize) + 1;
        var within = (int)(skip % PageSize);
        while (take > 0)
        {
            var hits = search.Search(articles with { Page = page, PageSize = PageSize }).Hits;
            foreach (var hit in hits.Items.Skip(within).Take(take))
            {
                take--;
                yield return hit;
            }
            if (!hits.HasNext) yield break;
            (page, within) = (page + 1, 0);
        }
    }
}
