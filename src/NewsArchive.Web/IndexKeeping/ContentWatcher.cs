using System.Threading.Channels;

namespace NewsArchive.Web.IndexKeeping;

/// <summary>
/// Tells which paths under the content folder changed. A burst of events (an editor saving, a folder copied in)
/// is gathered until things are quiet for a moment, then handed over as one batch.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    /// <summary>Stands for "look at everything": the watcher lost events, or a whole folder came or went.</summary>
    public const string Everything = "*";

    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _paths = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public ContentWatcher(string folder)
    {
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += (_, e) => Changed(e.FullPath);
        _watcher.Changed += (_, e) => Changed(e.FullPath);
        _watcher.Deleted += (_, e) => Changed(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };
        _watcher.Error += (_, _) => _paths.Writer.TryWrite(Everything);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>The next batch of changed paths, once a burst of changes has settled.</summary>
    public async Task<IReadOnlyCollection<string>> NextBatchAsync(CancellationToken cancellationToken)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal) { await _paths.Reader.ReadAsync(cancellationToken) };
        var deadline = DateTime.UtcNow + MaxWait;
        while (DateTime.UtcNow < deadline)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(Quiet);
            try
            {
                batch.Add(await _paths.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }
        while (_paths.Reader.TryRead(out var more)) batch.Add(more);
        return batch;
    }

    private void Changed(string path)
    {
        // A path without an article file's ending may be a folder: only a full look can tell what it held.
        var name = Path.GetFileName(path);
        if (name.StartsWith('.')) return;
        _paths.Writer.TryWrite(Content.Files.ArticleFileReader.IsArticleFile(path) ? path : Everything);
    }

    public void Dispose() => _watcher.Dispose();
}
