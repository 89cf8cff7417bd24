using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using NewsArchive.Web.IndexKeeping;
using NewsArchive.Web.Discovery;
using NewsArchive.Web.Models;

namespace NewsArchive.Web.Http;

/// <summary>
/// How a page is kept in the output cache. The key is the path, the page's own query parameters, the encoding the
/// response will go out in and the content version; only complete 200 pages are stored.
/// </summary>
internal sealed class PagePolicy(ContentVersion version, IResponseCompressionProvider compression, PublicAddress address) : IOutputCachePolicy
{
    /// <summary>
    /// Every query parameter a page reads: the search's, plus <c>hl</c> (highlighted words) on articles. Anything
    /// else is left out of the key, so <c>?x=random</c> is the same entry as the bare page and cannot fill the
    /// cache. A page that starts reading another parameter must add it here. Names match in any case, as model
    /// binding does.
    /// </summary>
    public static readonly string[] QueryKeys = [.. SearchParameters.QueryNames, "hl"];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        // A host the site cannot vouch for gets its page made afresh, never stored: nobody can fill the cache with hosts.
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                        && (!address.FollowsHost || address.IsTrusted(request.Host));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true; // concurrent misses of one page wait for a single rendering

        var vary = context.CacheVaryByRules;
        // One prefix rather than named values: the framework sorts named values on every request, hits included.
        // The query part is escaped, so '|' only ever separates.
        vary.CacheKeyPrefix = string.Join('|', version.Key, EncodingOf(context.HttpContext), KnownQuery(request.Query));
        // With a configured public address the page does not depend on the Host header; otherwise links do.
        vary.VaryByHost = address.FollowsHost;
        context.Tags.Add(ContentVersion.CacheTag);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        // Loading (503), errors, redirects and rate-limited answers are not pages to keep.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The known parameters as the page reads them: names in a fixed order (the framework's own query key would sort
    /// repeated values, and <c>?q=a&amp;q=b</c> is not <c>?q=b&amp;q=a</c> to a page that reads the first).
    /// </summary>
    private static string KnownQuery(IQueryCollection query)
    {
        if (query.Count == 0) return "";
        // Escaped values joined by '&': unambiguous, and free of the control characters the framework refuses in keys.
        var key = new System.Text.StringBuilder();
        foreach (var name in QueryKeys)
        {
            if (!query.TryGetValue(name, out var values)) continue;
            foreach (var value in values) key.Append(name).Append('=').Append(Uri.EscapeDataString(value ?? "")).Append('&');
        }
        return key.ToString();
    }

    /// <summary>
    /// The encoding response compression will choose for this request (asked of the middleware itself, so the key
    /// can never disagree with the stored body): <c>br</c>, <c>gzip</c> or <c>identity</c>. Three entries at most
    /// per page, whatever clients write in Accept-Encoding.
    /// </summary>
    private string EncodingOf(HttpContext context) =>
        compression.CheckRequestAcceptsCompression(context) ? compression.GetCompressionProvider(context)?.EncodingName ?? "identity" : "identity";
}
