using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using NewsArchive.Web.Archive;

namespace NewsArchive.Web.Discovery;

/// <summary>
/// While the content is still loading, feeds and sitemaps answer 503 with Retry-After: an empty feed or sitemap
/// would tell readers and crawlers that every article is gone. Plain text, since no reader of these shows HTML.
/// </summary>
internal sealed class WaitForArchiveFilter(ArchiveState state) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (state.IsReady) return;
        context.HttpContext.Response.Headers.RetryAfter = "5";
        context.Result = new ContentResult
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ContentType = "text/plain; charset=utf-8",
            Content = "Kho lưu trữ đang được nạp, vui lòng thử lại sau giây lát.",
        };
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
