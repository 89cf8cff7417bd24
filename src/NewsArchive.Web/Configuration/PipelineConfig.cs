using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;
using NewsArchive.Web.Http;

namespace NewsArchive.Web.Configuration;

internal static class PipelineConfig
{
    public static void UseArchive(this WebApplication app)
    {
        // First, so the rate limit, the logs and the scheme see the reader behind a known proxy.
        app.UseForwardedHeaders();

        // The site's own logger (LoggingConfig keeps it out of the static Log.Logger), or request lines would be lost.
        // The client is the reader's address (behind a known proxy, the one it forwarded), for tracing abuse.
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {ClientAddress}";
            options.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set("ClientAddress", http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            // 503 is the site saying "not yet" (loading, rebuilding: reported once elsewhere), not a failure of a request.
            options.GetLevel = (http, _, error) => error is not null || http.Response.StatusCode is >= 500 and not 503
                ? Serilog.Events.LogEventLevel.Error
                : Serilog.Events.LogEventLevel.Information;
        });
        app.UseMiddleware<Http.HeadRequests>();

        // Errors: a friendly page, never a stack trace; problem JSON under /api. A damaged index is being rebuilt:
        // the reader is asked to come back (503), which a balancer also takes as "try another replica".
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = ex => ex is Search.Indexing.IndexDamagedException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(SecurityHeaders.Add);
        app.UseHttpsWhenServed();

        // Rate limits count cached search pages too; the cache keeps pages compressed; static files are compressed.
        app.UseRouting();
        app.Use(UnprintableRouteValues.Refuse);
        app.UseRateLimiter();
        app.UsePageCaching();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });

        // Vietnamese dates and numbers ("Thứ Ba, 28/02/2023", "1.234") in what is rendered: cached pages skip it.
        app.UseRequestLocalization(VietnameseOnly());

        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteHealth,
        });
        app.MapControllers();
    }

    private static RequestLocalizationOptions VietnameseOnly()
    {
        var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(vietnamese),
            SupportedCultures = [vietnamese],
            SupportedUICultures = [vietnamese],
        };
    }

    private static Task WriteHealth(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object?> { ["status"] = report.Status.ToString() };
        foreach (var entry in report.Entries.Values)
        {
            if (entry.Description is not null) body["description"] = entry.Description;
            foreach (var (key, value) in entry.Data) body[key] = value;
        }
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
