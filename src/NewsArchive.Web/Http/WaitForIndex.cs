using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using NewsArchive.Search;
using NewsArchive.Web.Models;

namespace NewsArchive.Web.Http;

/// <summary>How an endpoint says "still loading": a page, plain text (feeds, sitemaps), or problem JSON (the API).</summary>
public enum LoadingAnswer
{
    Page,
    PlainText,
    Problem,
}

/// <summary>
/// The one rule for requests that need the index before it is open: <c>503</c> with <c>Retry-After</c>, said the
/// way the endpoint's readers read it. An empty list, feed or sitemap instead would tell readers and crawlers that
/// every article is gone.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class WaitForIndexAttribute(LoadingAnswer answer) : Attribute, IFilterFactory
{
    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new WaitForIndexFilter(serviceProvider.GetRequiredService<IArchiveSearch>(), answer);
}

internal sealed class WaitForIndexFilter(IArchiveSearch archive, LoadingAnswer answer) : IActionFilter
{
    /// <summary>Seconds a client is asked to wait: an opened index is searchable within moments.</summary>
    public const string RetryAfter = "5";

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (archive.IsReady) return;
        context.HttpContext.Response.Headers.RetryAfter = RetryAfter;
        const int unavailable = StatusCodes.Status503ServiceUnavailable;
        context.Result = answer switch
        {
            LoadingAnswer.Page => new ViewResult { ViewName = "Loading", StatusCode = unavailable },
            LoadingAnswer.PlainText => new ContentResult { StatusCode = unavailable, ContentType = "text/plain; charset=utf-8", Content = Messages.Loading },
            _ => new ObjectResult(context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>()
                .CreateProblemDetails(context.HttpContext, unavailable, Messages.Loading))
            {
                StatusCode = unavailable,
                ContentTypes = { "application/problem+json" },
            },
        };
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
