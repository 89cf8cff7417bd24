using NewsArchive.Content.Files;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;
using NewsArchive.Search;
using NewsArchive.Search.Ingestion;

namespace NewsArchive.Search.Tests.Support;

/// <summary>A content folder and an index of its own, synced the way the site does it.</summary>
public sealed class TestArchive : IDisposable
{
    private readonly TempFolder _content = new();
    private readonly TempFolder _data = new();
    private readonly long _maxFileBytes;

    /// <param name="maxFileBytes">The largest article file read (the site takes it from <c>Archive:MaxFileSizeMB</c>).</param>
    public TestArchive(long maxFileBytes = ArticleFileReader.DefaultMaxFileBytes)
    {
        _maxFileBytes = maxFileBytes;
        Open();
    }

    public string ContentPath => _content.Path;

    public string IndexPath => _data.PathOf("index");

    public ArchiveIndex Index { get; private set; } = null!;

    public ContentSync Sync { get; private set; } = null!;

    public ArchiveSearch Search { get; private set; } = null!;

    /// <summary>Writes a file (creating folders) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = _content.PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteArticle(string relativePath, string title, string body, string? date = null, string? source = null) =>
        Write(relativePath, ArticleText.Markdown(title, body, date, source));

    /// <summary>Rewrites a file as an editor would, its time moved on so the change cannot be missed.</summary>
    public string Rewrite(string relativePath, string text)
    {
        var path = _content.PathOf(relativePath);
        var before = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, before.AddMinutes(1));
        return path;
    }

    public void Delete(string relativePath) => File.Delete(_content.PathOf(relativePath));

    public SyncReport SyncAll() => Sync.SyncAll();

    public IReadOnlyList<SearchHit> Find(string query) =>
        Search.Search(new SearchRequest { Query = query, PageSize = 100 }).Hits.Items;

    public IReadOnlyList<string> TitlesFound(string query) => Find(query).Select(h => h.Title).ToList();

    /// <summary>Closes the index and opens it again from disk, as a restart of the site does.</summary>
    /// <param name="whileClosed">What happens to the index folder while nothing has it open.</param>
    public void Reopen(Action? whileClosed = null)
    {
        Index.Dispose();
        whileClosed?.Invoke();
        Open();
    }

    public void Dispose()
    {
        Index.Dispose();
        _content.Dispose();
        _data.Dispose();
    }

    private void Open()
    {
        Index = ArchiveIndex.Open(IndexPath);
        Sync = new ContentSync(new ContentFolder(ContentPath, new ArticleFileReader(new SourceDirectory(), _maxFileBytes)), Index);
        Search = new ArchiveSearch(Index);
    }
}
