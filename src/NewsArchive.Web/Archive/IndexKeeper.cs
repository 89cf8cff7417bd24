using Microsoft.Extensions.Options;
using NewsArchive.Content.Files;
using NewsArchive.Search.Indexing;
using NewsArchive.Web.Configuration;

namespace NewsArchive.Web.Archive;

/// <summary>
/// Owns the index for the life of the process: opens it, brings it in line with the content folder at start-up
/// (reading only changed files), then follows changes to the folder while the site runs.
/// </summary>
internal sealed class IndexKeeper(ArchiveState state, ContentVersion version, IOptions<ArchiveOptions> options, ILogger<IndexKeeper> logger) : BackgroundService
{
    private ArchiveIndex? _index;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await Task.Yield();
        _index = ArchiveIndex.Open(settings.IndexPath);
        var folder = new ContentFolder(settings.ContentPath, new ArticleFileReader(new SourceDirectory(settings.Sources), settings.MaxFileBytes));
        var sync = new ContentSync(folder, _index);
        state.Publish(_index, sync);
        foreach (var (path, reason) in _index.Damaged)
            logger.LogWarning("The search index in {BuildPath} is damaged ({Reason}); it is built again from the content", path, reason);
        if (!_index.IsComplete)
            logger.LogInformation("Building a new search index in {IndexPath}", _index.BuildPath);

        using var watcher = TryWatch(folder.RootPath);
        var first = await Task.Run(() => sync.SyncAll(stoppingToken), stoppingToken);
        await PagesChangedAsync(first, stoppingToken);
        Report(first, "Index ready");

        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyCollection<string> paths = [ContentWatcher.Everything];
            if (watcher is null) await Task.Delay(RescanWithoutWatcher, stoppingToken);
            else paths = await watcher.NextBatchAsync(stoppingToken);

            var report = paths.Contains(ContentWatcher.Everything)
                ? await Task.Run(() => sync.SyncAll(stoppingToken), stoppingToken)
                : await Task.Run(() => sync.SyncPaths(paths), stoppingToken);
            await PagesChangedAsync(report, stoppingToken);
            if (report.Indexed + report.Removed + report.Rejected.Count > 0) Report(report, "Content changed");
        }
    }

    /// <summary>Cached pages show the index as it was: after a sync that changed articles, they are stale.</summary>
    private async Task PagesChangedAsync(SyncReport report, CancellationToken cancellationToken)
    {
        if (report.Indexed + report.Removed > 0) await version.ChangedAsync(cancellationToken);
    }

    /// <summary>How often the folder is compared whole when the OS will not report changes.</summary>
    private static readonly TimeSpan RescanWithoutWatcher = TimeSpan.FromSeconds(30);

    private ContentWatcher? TryWatch(string folder)
    {
        try
        {
            return new ContentWatcher(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // Typically the inotify watch limit on a huge tree: fall back to looking every so often.
            logger.LogWarning("Cannot watch {ContentPath} for changes ({Reason}); looking for changes every {Seconds} s instead",
                folder, ex.Message, RescanWithoutWatcher.TotalSeconds);
            return null;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _index?.Dispose(); // commits: a build stopped part way goes on from there at the next start
    }

    private void Report(SyncReport report, string what)
    {
        foreach (var file in report.Converted)
            logger.LogInformation("Article file {File} was in the legacy {Encoding} font encoding; converted to Unicode", file.Id, file.From);
        foreach (var file in report.Rejected)
            logger.LogWarning("Skipped article file {File}: {Reason}", file.Id, file.Reason);
        foreach (var clash in report.SlugCollisions)
            logger.LogWarning("Article file {File} asks for slug {Slug}, which another article has; it is served as {AssignedSlug}",
                clash.Article.Id, clash.WantedSlug, clash.AssignedSlug);
        var articles = state.Search.ArticleCount;
        logger.LogInformation("{What}: {ArticleCount} {ArticleWord:l} ({Added} added, {Changed} changed, {Removed} removed), {RefusedCount} {FileWord:l} refused, in {ElapsedMs} ms",
            what, articles, SyncReport.Articles(articles), report.Added, report.Changed, report.Removed,
            report.Rejected.Count, SyncReport.Files(report.Rejected.Count), (long)report.Elapsed.TotalMilliseconds);
    }
}
