using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsArchive.Web.Archive;

/// <summary>While the content is still loading, pages say so with 503 and Retry-After instead of showing an empty archive.</summary>
internal sealed class RequireLoadedArchiveFilter(ArchiveState state) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (state.IsReady) return;
        context.HttpContext.Response.Headers.RetryAfter = "5";
        context.Result = new ViewResult { ViewName = "Loading", StatusCode = StatusCodes.Status503ServiceUnavailable };
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
