using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using NewsArchive.Web.IndexKeeping;
using NewsArchive.Search;

namespace NewsArchive.Web.Http;

/// <summary>
/// ETags for cached pages: every page of one content version shares a weak ETag, and pages say <c>no-cache</c>
/// (keep, but ask first), which is what makes a changed article show at once. The output cache answers a matching
/// <c>If-None-Match</c> with 304 from the page it holds, so only a page that exists (a stored 200) can ever be
/// "not modified": an unknown address is looked up and answers 404 whatever ETag it is sent.
/// </summary>
internal sealed class PageFreshness(RequestDelegate next, ContentVersion version, IArchiveSearch archive)
{
    public Task InvokeAsync(HttpContext context)
    {
        // Only what the page policy caches, and only once the archive is loaded (a 503 has no version).
        if (context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName != PageCaching.Policy || !archive.IsReady)
            return next(context);

        // Set before the page is made, so the output cache stores the ETag with the page (it keeps the headers as they
        // are when the body starts); feeds and sitemaps set a lifetime of their own over the no-cache of pages.
        var headers = context.Response.Headers;
        headers.ETag = version.ETag;
        headers.CacheControl = "no-cache";
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode != StatusCodes.Status200OK && context.Response.StatusCode != StatusCodes.Status304NotModified)
                headers.Remove(HeaderNames.ETag); // an error or a redirect is no version of the page
            // Compression says so when it compresses; a plain answer depends on Accept-Encoding all the same.
            else if (headers.Vary.Count == 0) headers.Vary = HeaderNames.AcceptEncoding;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
