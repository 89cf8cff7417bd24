namespace NewsArchive.Web.Http;

/// <summary>
/// No slug, tag, source or sitemap name holds control characters or is only white space, so an address whose
/// route value does (<c>/articles/%0A</c>) names nothing: a 404, before any controller sees it. Model binding
/// would otherwise turn a blank value into null and the lookups behind it would fail.
/// </summary>
internal static class UnprintableRouteValues
{
    public static Task Refuse(HttpContext context, Func<Task> next)
    {
        foreach (var value in context.Request.RouteValues.Values)
        {
            if (value is string { Length: > 0 } text && (text.All(char.IsWhiteSpace) || text.Any(char.IsControl)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
        }
        return next();
    }
}
