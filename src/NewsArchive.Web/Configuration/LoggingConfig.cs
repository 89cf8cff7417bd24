using Microsoft.Extensions.Options;
using Serilog;

namespace NewsArchive.Web.Configuration;

internal static class LoggingConfig
{
    /// <summary>Serilog from the <c>Serilog</c> section of configuration: console by default, a rolling file when configured.</summary>
    public static void AddArchiveLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            // Program reports invalid configuration in one line; the host's stack trace would bury it.
            .Filter.ByExcluding(e => e.Exception is OptionsValidationException));
}
