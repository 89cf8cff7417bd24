using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Discovery;
using NewsArchive.Web.Http;
using NewsArchive.Web.Options;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/feed.xml</c>: the newest articles as Atom, for feed readers.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class FeedController(IArchiveSearch archive, IOptions<ArchiveOptions> options) : Controller
{
    [HttpGet(AtomFeed.Path)]
    [OutputCache(PolicyName = PageCaching.Policy)]
    [WaitForIndex(LoadingAnswer.PlainText)]
    public IActionResult Atom()
    {
        if (SiteAddress.For(HttpContext) is not { } site) return UnknownHost.Refuse();
        var newest = archive.Search(new SearchRequest { Sort = SearchSort.Newest, PageSize = AtomFeed.Size }).Hits.Items;
        // An undated article has nothing true to put in <updated>, which Atom requires, and is not news anyway.
        var articles = newest
            .Where(hit => hit.Date is not null)
            .Select(hit => new FeedArticle(hit, archive.FindBySlug(hit.Slug)?.Authors ?? []))
            .ToList();
        // Readers poll often; ten minutes old is fresh enough for an archive.
        Response.Headers.CacheControl = "public, max-age=600";
        return File(AtomFeed.Write(articles, site, options.Value.SiteName), AtomFeed.ContentType);
    }
}
