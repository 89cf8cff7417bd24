using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Models;
using NewsArchive.Web.Http;
using NewsArchive.Web.Options;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/api/search</c>: the search page's results as JSON; bad parameters as problem JSON.</summary>
[ApiController]
[WaitForIndex(LoadingAnswer.Problem)]
[Route("api/search")]
[EnableRateLimiting(RateLimits.Search)]
public sealed class SearchApiController(IArchiveSearch archive, IOptions<ArchiveOptions> options) : ControllerBase
{
    [HttpGet]
    public ActionResult<SearchJson> Get([FromQuery] SearchParameters parameters)
    {
        if (!parameters.TryCreate(options.Value.PageSize, out var request, out var error))
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Tham số không hợp lệ", detail: error);
        return SearchJson.From(parameters.Q, archive.Search(request));
    }
}
