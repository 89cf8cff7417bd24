using Microsoft.Extensions.Options;
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
            // Program reports invalid configuration in one line; the host's stack trace would bury it.
            .Filter.ByExcluding(e => e.Exception is OptionsValidationException), preserveStaticLogger: true);
}
