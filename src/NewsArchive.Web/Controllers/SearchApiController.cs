using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Models;
using NewsArchive.Web.Http;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/api/search</c>: the search page's results as JSON; bad parameters as problem JSON.</summary>
[ApiController]
[Route("api/search")]
[EnableRateLimiting(RateLimits.Search)]
public sealed class SearchApiController(ArchiveState state, IOptions<ArchiveOptions> options) : ControllerBase
{
    [HttpGet]
    public ActionResult<SearchJson> Get([FromQuery] SearchParameters parameters)
    {
        if (!state.IsReady)
        {
            Response.Headers.RetryAfter = "5";
            return Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Kho lưu trữ đang được nạp, vui lòng thử lại sau giây lát.");
        }
        if (!parameters.TryCreate(options.Value.PageSize, out var request, out var error))
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Tham số không hợp lệ", detail: error);
        return SearchJson.From(parameters.Q, state.Search.Search(request));
    }
}
