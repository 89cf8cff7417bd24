using Serilog;

namespace NewsArchive.Web.Configuration;

internal static class LoggingConfig
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section of configuration: console by default, a rolling file when configured.
    /// Each host writes through its own logger, not the process-wide <c>Log.Logger</c>: two sites in one process
    /// (tests run many at once) would otherwise send their events to whichever started last.
    /// </summary>
    public static void AddArchiveLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            // Program reports a failed start in one line, and a damaged index is reported once where it is found:
            // the host's stack traces would bury both.
            .Filter.ByExcluding(e => StartupFailure.IsExplained(e.Exception) || e.Exception is Search.Indexing.IndexDamagedException),
            preserveStaticLogger: true);
}
