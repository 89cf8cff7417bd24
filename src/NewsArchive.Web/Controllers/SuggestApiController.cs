using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NewsArchive.Web.Models;
using NewsArchive.Web.Http;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/api/suggest?q=</c>: completions for the search box, small and quick to answer.</summary>
[ApiController]
[Route("api/suggest")]
[EnableRateLimiting(RateLimits.Search)]
public sealed class SuggestApiController(IArchiveSearch archive) : ControllerBase
{
    [HttpGet]
    public ActionResult<SuggestJson> Get([FromQuery(Name = "q")] string? q)
    {
        if (!archive.IsReady) return new SuggestJson(q ?? "", []);
        // Typing the same letters again is common; a minute is fresh enough for completions.
        Response.Headers.CacheControl = "public, max-age=60";
        return SuggestJson.From(q, archive.Complete(q));
    }
}
