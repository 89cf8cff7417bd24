using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Suggestions;
using NewsArchive.Web.Discovery;
using NewsArchive.Web.Http;
using NewsArchive.Web.Options;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary>
/// <c>/opensearch.xml</c>, which lets browsers add the archive as a search engine, and the suggestions in the
/// OpenSearch format they ask for while the reader types in the address bar.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class OpenSearchController(IArchiveSearch archive, IOptions<ArchiveOptions> options) : Controller
{
    // Vietnamese letters as text, as in the other JSON the site writes.
    private static readonly JsonSerializerOptions Letters = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [HttpGet(OpenSearchDescription.Path)]
    public IActionResult Description()
    {
        if (SiteAddress.For(HttpContext) is not { } site) return UnknownHost.Refuse();
        Response.Headers.CacheControl = "public, max-age=86400";
        return File(OpenSearchDescription.Write(site, options.Value.SiteName), OpenSearchDescription.ContentType);
    }

    /// <summary><c>["typed", ["completion", …]]</c>: the same completions as <c>/api/suggest</c>, as text only.</summary>
    [HttpGet(OpenSearchDescription.SuggestionsPath)]
    [EnableRateLimiting(RateLimits.Search)]
    public IActionResult Suggestions([FromQuery(Name = "q")] string? q)
    {
        var typed = q is { Length: > Completions.MaxInput } ? q[..Completions.MaxInput] : q ?? "";
        IReadOnlyList<string> texts = archive.IsReady ? archive.Complete(q).Select(c => c.Text).Distinct().ToList() : [];
        Response.Headers.CacheControl = "public, max-age=60";
        return Content(JsonSerializer.Serialize<object[]>([typed, texts], Letters), "application/x-suggestions+json; charset=utf-8");
    }
}
