using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsArchive.Web.Configuration;

/// <summary>Search and API requests a minute per client address (<c>Archive:SearchRateLimit</c>); pages are not limited.</summary>
internal static class RateLimits
{
    public const string Search = "search";

    public static void AddArchiveRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Search, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<ArchiveOptions>>().Value.SearchRateLimit;
                if (perMinute == 0) return RateLimitPartition.GetNoLimiter("unlimited");
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync($"Bạn tìm kiếm quá nhanh. Vui lòng thử lại sau {seconds} giây.", cancellationToken);
            };
        });
    }
}
