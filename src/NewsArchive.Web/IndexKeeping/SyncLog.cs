using NewsArchive.Search.Ingestion;

namespace NewsArchive.Web.IndexKeeping;

/// <summary>What a sync tells the operator: a line per refused, converted or renamed file, then one line for the whole.</summary>
internal static class SyncLog
{
    public static void Report(ILogger logger, SyncReport report, int articleCount, string what)
    {
        foreach (var file in report.Converted)
            logger.LogInformation("Article file {File} was in the legacy {Encoding} font encoding; converted to Unicode", file.Id, file.From);
        foreach (var file in report.Rejected)
            logger.LogWarning("Skipped article file {File}: {Reason}", file.Id, file.Reason);
        foreach (var clash in report.SlugCollisions)
            logger.LogWarning("Article file {File} asks for slug {Slug}, which another article has; it is served as {AssignedSlug}",
                clash.Article.Id, clash.WantedSlug, clash.AssignedSlug);
        logger.LogInformation("{What}: {ArticleCount} {ArticleWord:l} ({Added} added, {Changed} changed, {Removed} removed), {RefusedCount} {FileWord:l} refused, in {ElapsedMs} ms",
            what, articleCount, SyncReport.Articles(articleCount), report.Added, report.Changed, report.Removed,
            report.Rejected.Count, SyncReport.Files(report.Rejected.Count), (long)report.Elapsed.TotalMilliseconds);
    }
}
