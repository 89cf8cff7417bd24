using Microsoft.Extensions.Options;
using NewsArchive.Content.Files;
using NewsArchive.Search;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Ingestion;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.IndexKeeping;

/// <summary>
/// Owns the index for the life of the process: takes its folder (one writer per folder), opens it once the server
/// listens, brings it in line with the content folder (reading only changed files), then follows changes to the
/// folder while the site runs, and rebuilds it from the content if a read finds it damaged.
/// </summary>
internal sealed class IndexKeeper(
    CurrentIndex current,
    IArchiveSearch archive,
    ContentFolder folder,
    ContentVersion version,
    IOptions<ArchiveOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<IndexKeeper> logger)
    : BackgroundService
{
    private IndexLock? _lock;
    private ArchiveIndex? _index;
    private volatile ContentSync? _sync;
    private volatile bool _wroteIndex;
    private TaskCompletionSource<string> _damage = NewDamageSignal();

    /// <summary>Files of the content folder the last sync could not read (for <c>/health</c>).</summary>
    public int RefusedFiles => _sync?.Rejected.Count ?? 0;

    /// <summary>Before the server starts: a folder another process writes (or that cannot be written) stops the start.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        _lock = IndexLock.Take(settings.IndexPath, $"serving {settings.ContentPath}");
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Nothing is written into the index folder until the server listens: a start that fails leaves nothing behind.
        await ServerStartedAsync(stoppingToken);
        using var watcher = TryWatch(folder.RootPath);
        var sync = await OpenAsync(stoppingToken);
        var first = await Task.Run(() => sync.SyncAll(stoppingToken), stoppingToken);
        await version.ChangedAsync(sync.Fingerprint, stoppingToken);
        SyncLog.Report(logger, first, archive.ArticleCount, "Index ready");
        var opened = _index!;
        _ = Task.Run(opened.VerifyIntegrity, stoppingToken);

        var batch = watcher is null ? null : watcher.NextBatchAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = batch ?? Task.Delay(RescanWithoutWatcher, stoppingToken).ContinueWith<IReadOnlyCollection<string>>(
                _ => [ContentWatcher.Everything], stoppingToken, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            if (await Task.WhenAny(wait, _damage.Task) == _damage.Task)
            {
                sync = await RebuildAsync(_damage.Task.Result, stoppingToken);
                continue;
            }

            var paths = await wait;
            if (watcher is not null) batch = watcher.NextBatchAsync(stoppingToken);
            var report = paths.Contains(ContentWatcher.Everything)
                ? await Task.Run(() => sync.SyncAll(stoppingToken), stoppingToken)
                : await Task.Run(() => sync.SyncPaths(paths), stoppingToken);
            if (report.Indexed + report.Removed > 0) await version.ChangedAsync(sync.Fingerprint, stoppingToken);
            if (report.Indexed + report.Removed + report.Rejected.Count > 0) SyncLog.Report(logger, report, archive.ArticleCount, "Content changed");
        }
    }

    private async Task<ContentSync> OpenAsync(CancellationToken stoppingToken)
    {
        var index = ArchiveIndex.Open(options.Value.IndexPath);
        _wroteIndex = true;
        foreach (var (path, reason) in index.Damaged)
            logger.LogError("The search index in {BuildPath} is damaged ({Reason}); it is built again from the content", path, reason);
        if (!index.IsComplete)
            logger.LogInformation("Building a new search index in {IndexPath}", index.BuildPath);
        index.DamageFound += damage =>
        {
            logger.LogError("The search index is damaged ({Damage}); it is rebuilt from the content folder while the rest of it serves", damage);
            _damage.TrySetResult(damage);
        };
        _index = index;
        var sync = new ContentSync(folder, index);
        current.Publish(index);
        _sync = sync;
        // Pages served before the first sync ends show the index as opened: their ETag names that content.
        await version.ChangedAsync(sync.Fingerprint, stoppingToken);
        return sync;
    }

    /// <summary>Builds a new index from the content; the damaged one answers what it can meanwhile, then goes.</summary>
    private async Task<ContentSync> RebuildAsync(string damage, CancellationToken stoppingToken)
    {
        _damage = NewDamageSignal();
        var damaged = _index!;
        damaged.MarkDamaged(damage);
        var sync = await OpenAsync(stoppingToken);
        // Requests that took the damaged index before the new one was published finish with it first.
        _ = Task.Delay(TimeSpan.FromSeconds(10), CancellationToken.None).ContinueWith(_ => damaged.Dispose(), TaskScheduler.Default);
        var report = await Task.Run(() => sync.SyncAll(stoppingToken), stoppingToken);
        await version.ChangedAsync(sync.Fingerprint, stoppingToken);
        SyncLog.Report(logger, report, archive.ArticleCount, "Index rebuilt");
        return sync;
    }

    private static TaskCompletionSource<string> NewDamageSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task ServerStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
            await started.Task;
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
        _index = null;
        _lock?.Dispose();
        _lock = null;
    }

    public override void Dispose()
    {
        // Reached without StopAsync when the start failed (the port was taken): only the lock was taken, and it goes.
        _lock?.Release(leaveNothing: !_wroteIndex);
        _lock = null;
        base.Dispose();
    }
}
