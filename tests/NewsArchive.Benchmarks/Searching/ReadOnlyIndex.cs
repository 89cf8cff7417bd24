using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Benchmarks.Searching;

/// <summary>
/// The newest build of the current schema in an index folder, opened for reading only: no writer, no folder lock,
/// nothing written, so it can be measured beside a site serving it (or after one was stopped, without the check a
/// writer's open would run). Searchers are made as the site makes them: BM25, each segment's facet arrays read first.
/// </summary>
internal sealed class ReadOnlyIndex : IDisposable
{
    private readonly PositionalReadDirectory _directory;
    private readonly DirectoryReader _reader;

    public ReadOnlyIndex(string indexPath)
    {
        var build = new IndexFolder(indexPath).Builds().FirstOrDefault(b => b.Schema == IndexFields.SchemaVersion)
                    ?? throw new InvalidOperationException($"no build of schema {IndexFields.SchemaVersion} in {indexPath}");
        _directory = new PositionalReadDirectory(new DirectoryInfo(build.Path));
        _reader = DirectoryReader.Open(_directory);
        foreach (var segment in _reader.Leaves) SegmentFacets.Of(segment.AtomicReader);
        Searcher = new IndexSearcher(_reader) { Similarity = ArchiveIndex.Bm25 };
        BuildPath = build.Path;
    }

    public IndexSearcher Searcher { get; }

    public string BuildPath { get; }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
