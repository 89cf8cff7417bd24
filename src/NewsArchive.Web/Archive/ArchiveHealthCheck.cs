using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsArchive.Web.Archive;

/// <summary>Ready once the index answers a search; reports how many articles there are and how many files were skipped.</summary>
internal sealed class ArchiveHealthCheck(ArchiveState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsReady) return Task.FromResult(HealthCheckResult.Unhealthy("the search index is still being built"));

        // A real search, so "ready" means the index answers, not just that it was opened.
        var search = state.Search;
        search.Search(new Search.Querying.SearchRequest { PageSize = 1 });
        var data = new Dictionary<string, object>
        {
            ["articles"] = search.ArticleCount,
            ["rejectedFiles"] = state.Sync?.Rejected.Count ?? 0,
        };
        return Task.FromResult(HealthCheckResult.Healthy("the archive is searchable", data));
    }
}
