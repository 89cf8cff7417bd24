using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Discovery;
using NewsArchive.Web.Http;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/robots.txt</c> and the sitemaps: what crawlers should read, and every article they can find.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class CrawlersController(IArchiveSearch archive) : Controller
{
    // Search result pages are endless combinations of words, filters, orders and pages, and the API repeats the
    // pages as JSON: crawlers find every article through the sitemap and the date archive. A search for words alone
    // (/search?q=…, first page) is a page worth finding, like a topic page, so it is allowed: under the longest-match
    // rule of RFC 9309 "Allow: /search?q=" beats "Disallow: /search", and "/search?q=*&" (any other parameter after
    // the words) beats both. Those pages also say noindex when they find nothing (see SearchPage.Indexable).
    [HttpGet("/robots.txt")]
    public IActionResult Robots()
    {
        // Without a public address the rules stand alone: a Sitemap line would name whatever host was asked for.
        var sitemap = SiteAddress.For(HttpContext)?.Absolute("/" + SitemapPlan.IndexName);
        Response.Headers.CacheControl = "public, max-age=86400";
        return Content(
            "User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /search\nAllow: /search?q=\nDisallow: /search?q=*&\n"
            + (sitemap is null ? "" : $"\nSitemap: {sitemap}\n"),
            "text/plain; charset=utf-8");
    }

    [HttpGet("/" + SitemapPlan.IndexName)]
    [OutputCache(PolicyName = PageCaching.Policy)]
    [WaitForIndex(LoadingAnswer.PlainText)]
    public IActionResult Sitemap()
    {
        if (SiteAddress.For(HttpContext) is not { } site) return UnknownHost.Refuse();
        var plan = Plan();
        return plan.IsIndex
            ? Xml(SitemapXml.Index(plan.Files.Select(file => site.Absolute("/" + file.Name))))
            : Xml(SitemapXml.UrlSet(SitemapEntries.Of(plan.Files[0], archive, site)));
    }

    /// <summary>A file of the sitemap index (<c>/sitemap-2024.xml</c>, <c>/sitemap-2024-2.xml</c>, <c>/sitemap-undated.xml</c>).</summary>
    [HttpGet("/sitemap-{name}.xml")]
    [OutputCache(PolicyName = PageCaching.Policy)]
    [WaitForIndex(LoadingAnswer.PlainText)]
    public IActionResult SitemapPart(string name)
    {
        if (SiteAddress.For(HttpContext) is not { } site) return UnknownHost.Refuse();
        var plan = Plan();
        if (!plan.IsIndex || plan.Find($"sitemap-{name}.xml") is not { } file) return NotFound();
        return Xml(SitemapXml.UrlSet(SitemapEntries.Of(file, archive, site)));
    }

    private SitemapPlan Plan() => SitemapPlan.For(archive.Calendar(),
        HttpContext.RequestServices.GetService<SitemapLimit>()?.UrlsPerFile ?? SitemapPlan.MaxUrlsPerFile);

    private FileContentResult Xml(byte[] body)
    {
        // Crawlers come back daily at most; an hour spares the index the enumeration on every visit.
        Response.Headers.CacheControl = "public, max-age=3600";
        return File(body, SitemapXml.ContentType);
    }
}
