using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsArchive.Web.Archive;

/// <summary>Ready once the articles are loaded; reports how many there are and how many files were skipped.</summary>
internal sealed class ArchiveHealthCheck(ArchiveState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsReady) return Task.FromResult(HealthCheckResult.Unhealthy("the content folder is still being loaded"));
        var catalog = state.Catalog;
        var data = new Dictionary<string, object>
        {
            ["articles"] = catalog.Count,
            ["rejectedFiles"] = catalog.Rejected.Count,
        };
        return Task.FromResult(HealthCheckResult.Healthy("the archive is loaded", data));
    }
}
