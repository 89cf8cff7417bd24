using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Http;

/// <summary>
/// Search and API requests a minute per client address (<c>Archive:SearchRateLimit</c>); pages are not limited.
/// Behind a proxy the address is the reader's, from the forwarded headers of a known proxy (<see cref="ProxyTrust"/>).
/// </summary>
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
                // A bucket of a minute's searches that refills one at a time, so a refused reader is told the true
                // wait for the next search (a fixed window would only know "up to a minute").
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = RejectAsync;
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = $"Bạn tìm kiếm quá nhanh. Vui lòng thử lại sau {seconds} giây.";
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Quá nhiều yêu cầu", Detail = message },
            });
            return;
        }
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message, cancellationToken);
    }
}
