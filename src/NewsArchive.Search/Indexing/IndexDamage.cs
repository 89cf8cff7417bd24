using Lucene.Net.Search;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// Tells a read that failed on a damaged index from any other failure. Lucene's files carry checksums; when a read
/// throws, the segments it read are verified once (not again for a while, since that reads the whole index), and
/// damage found is remembered, reported once and answered as <see cref="IndexDamagedException"/> from then on.
/// </summary>
internal sealed class IndexDamage(string buildPath)
{
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(30);
    private readonly System.Threading.Lock _lock = new();
    private DateTime _soundAt = DateTime.MinValue;

    /// <summary>What was found wrong, once found.</summary>
    public string? Found { get; private set; }

    /// <summary>Raised once, on the thread whose read found the damage.</summary>
    public event Action<string>? Discovered;

    /// <summary>The damage behind <paramref name="failure"/>, or null when the index is sound (a failure of another kind).</summary>
    public string? Explain(IndexSearcher searcher, Exception failure)
    {
        if (Found is { } known) return known;
        lock (_lock)
        {
            if (Found is { } seen) return seen;
            if (DateTime.UtcNow - _soundAt < Recheck) return null;
            var damage = Verify(searcher) ?? (failure is Lucene.Net.Index.CorruptIndexException ? failure.Message : null);
            if (damage is null)
            {
                _soundAt = DateTime.UtcNow;
                return null;
            }
            Found = damage;
        }
        Discovered?.Invoke(Found);
        return Found;
    }

    /// <summary>Verifies every checksum now (reads the whole index once); damage found is reported as a failed read's is.</summary>
    public void VerifyAll(IndexSearcher searcher)
    {
        if (Found is not null || Verify(searcher) is not { } damage) return;
        lock (_lock)
        {
            if (Found is not null) return;
            Found = damage;
        }
        Discovered?.Invoke(damage);
    }

    private string? Verify(IndexSearcher searcher)
    {
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves) leaf.AtomicReader.CheckIntegrity();
            return null;
        }
#pragma warning disable CA1031 // a damaged index fails in many ways (IO, corrupt data, out-of-range reads); each is damage
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return $"{ex.Message} in {buildPath}";
        }
    }
}
