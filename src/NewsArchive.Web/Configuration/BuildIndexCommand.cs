using Microsoft.Extensions.Options;
using NewsArchive.Content.Files;
using NewsArchive.Search.Indexing;
using NewsArchive.Web.IndexKeeping;
using NewsArchive.Search.Ingestion;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Configuration;

/// <summary>
/// <c>build-index</c>: builds the index of <c>Archive:ContentPath</c> into <c>Archive:IndexPath</c> and exits, so a
/// deploy can ship a ready index and a new replica serves in a second instead of indexing everything first. It reads
/// configuration exactly as the site does and takes the same one-writer lock on the index folder.
/// </summary>
internal static class BuildIndexCommand
{
    public const string Name = "build-index";

    public static int Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot.Locate() });
        builder.AddArchiveLogging();
        builder.AddArchive();
        using var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Name);

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            var settings = app.Services.GetRequiredService<IOptions<ArchiveOptions>>().Value;
            using var folderLock = IndexLock.Take(settings.IndexPath, $"building the index of {settings.ContentPath}");
            using var index = ArchiveIndex.Open(settings.IndexPath);
            var sync = new ContentSync(app.Services.GetRequiredService<ContentFolder>(), index);
            var report = sync.SyncAll(stop.Token);
            var articles = index.Search(searcher => searcher.IndexReader.NumDocs);
            SyncLog.Report(logger, report, articles, $"Index built in {index.BuildPath}");
            return 0;
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Stopped part way; what was indexed is kept, and the next build-index or start goes on from there");
            return 130;
        }
        catch (Exception ex) when (StartupFailure.Explain(ex) is { } reason)
        {
            logger.LogCritical("{Reason}", reason);
            return 1;
        }
    }
}
