using Lucene.Net.Search;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// The index the site reads now: none until it is opened, and another when a damaged one is rebuilt. Readers hold
/// this, not an <see cref="ArchiveIndex"/>, so a rebuilt index reaches them without anything being wired again.
/// </summary>
public sealed class CurrentIndex
{
    private volatile ArchiveIndex? _index;

    public CurrentIndex()
    {
    }

    public CurrentIndex(ArchiveIndex index) => _index = index;

    /// <summary>Whether an index is open and can answer searches.</summary>
    public bool IsSearchable => _index?.IsSearchable == true;

    public void Publish(ArchiveIndex index) => _index = index;

    /// <inheritdoc cref="ArchiveIndex.Search{T}"/>
    public T Search<T>(Func<IndexSearcher, T> work) =>
        (_index ?? throw new InvalidOperationException("The search index is not open yet.")).Search(work);
}
