using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsArchive.Search;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.IndexKeeping;

/// <summary>Ready once the index answers a search; reports how many articles there are and how many files were skipped.</summary>
internal sealed class IndexHealthCheck(IArchiveSearch archive, IndexKeeper keeper) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!archive.IsReady) return Task.FromResult(HealthCheckResult.Unhealthy("the search index is still being built"));

        // A real search, so "ready" means the index answers, not just that it was opened.
        archive.Search(new SearchRequest { PageSize = 1 });
        var data = new Dictionary<string, object>
        {
            ["articles"] = archive.ArticleCount,
            ["rejectedFiles"] = keeper.RefusedFiles,
        };
        return Task.FromResult(HealthCheckResult.Healthy("the archive is searchable", data));
    }
}
