using Microsoft.AspNetCore.StaticFiles;

namespace NewsArchive.Web.Http;

/// <summary>Files linked with a version stamp (asp-append-version) never change under that URL: cache them for a year.</summary>
internal static class StaticFileCaching
{
    public static void Apply(StaticFileResponseContext context)
    {
        var versioned = context.Context.Request.Query.ContainsKey("v");
        context.Context.Response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600";
    }
}
