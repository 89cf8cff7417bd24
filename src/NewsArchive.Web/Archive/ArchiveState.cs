using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;
using NewsArchive.Search;
using NewsArchive.Search.Ingestion;

namespace NewsArchive.Web.Archive;

/// <summary>The open index and what reads it; empty until <see cref="IndexKeeper"/> has opened the index.</summary>
public sealed class ArchiveState
{
    private volatile Opened? _opened;

    /// <summary>False until the index can be searched: pages answer 503 and /health is not ready until then.</summary>
    public bool IsReady => _opened?.Search.IsReady == true;

    /// <summary>Search and lookups; only for callers that checked <see cref="IsReady"/> (pages do, by filter).</summary>
    public IArchiveSearch Search => _opened?.Search ?? throw new InvalidOperationException("The archive index is not open yet.");

    public ContentSync? Sync => _opened?.Sync;

    internal void Publish(ArchiveIndex index, ContentSync sync) => _opened = new Opened(new ArchiveSearch(index), sync);

    private sealed record Opened(IArchiveSearch Search, ContentSync Sync);
}
