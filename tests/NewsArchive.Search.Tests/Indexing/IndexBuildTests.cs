using NewsArchive.Search.Indexing;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Indexing;

/// <summary>The index on disk survives restarts, and a new schema is rebuilt while the old index keeps answering.</summary>
public sealed class IndexBuildTests : IDisposable
{
    private static readonly string CurrentBuild = $"s{IndexFields.SchemaVersion}-0001";
    private static readonly string OldSchemaBuild = $"s{IndexFields.SchemaVersion - 1}-0001";
    private static readonly string Rebuild = $"s{IndexFields.SchemaVersion}-0002";
    private readonly TestArchive _archive = new();

    public IndexBuildTests()
    {
        _archive.WriteArticle("2024/mua-lu.md", "Mùa lũ về miền Tây", "Người dân đánh bắt cá linh đầu mùa nước nổi.", "2024-09-01");
        _archive.WriteArticle("2024/trung-thu.md", "Đêm hội trăng rằm", "Thiếu nhi rước đèn ông sao khắp phố.", "2024-09-17");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    private string[] BuildFolders() =>
        Directory.GetDirectories(_archive.IndexPath).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_synced_index_is_one_complete_build()
    {
        Assert.True(_archive.Index.IsComplete);
        Assert.Equal([CurrentBuild], BuildFolders());
    }

    [Fact]
    public void Reopening_the_index_keeps_every_article_and_reads_no_file_again()
    {
        _archive.Reopen();

        Assert.True(_archive.Index.IsComplete);
        Assert.True(_archive.Index.IsSearchable);
        Assert.Equal(2, _archive.Search.ArticleCount);
        Assert.Equal(["Mùa lũ về miền Tây"], _archive.TitlesFound("ca linh"));
        var report = _archive.SyncAll();
        Assert.Equal((0, 2), (report.Indexed, report.Unchanged));
        Assert.Equal([CurrentBuild], BuildFolders());
    }

    [Fact]
    public void An_index_of_an_older_schema_keeps_answering_while_a_new_build_is_made()
    {
        _archive.Reopen(whileClosed: () => Directory.Move(
            Path.Combine(_archive.IndexPath, CurrentBuild), Path.Combine(_archive.IndexPath, OldSchemaBuild)));

        Assert.False(_archive.Index.IsComplete);
        Assert.True(_archive.Index.IsSearchable);
        Assert.Equal(Rebuild, Path.GetFileName(_archive.Index.BuildPath));
        Assert.Equal(["Đêm hội trăng rằm"], _archive.TitlesFound("trăng rằm"));
        Assert.Equal([OldSchemaBuild, Rebuild], BuildFolders());
    }

    [Fact]
    public void Once_the_new_build_is_complete_the_old_one_is_removed()
    {
        _archive.Reopen(whileClosed: () => Directory.Move(
            Path.Combine(_archive.IndexPath, CurrentBuild), Path.Combine(_archive.IndexPath, OldSchemaBuild)));

        var report = _archive.SyncAll();

        Assert.Equal(2, report.Indexed);
        Assert.True(_archive.Index.IsComplete);
        Assert.Equal([Rebuild], BuildFolders());
        Assert.Equal(["Đêm hội trăng rằm"], _archive.TitlesFound("trăng rằm"));
    }

    [Fact]
    public void A_rebuilt_index_opens_as_complete_next_time()
    {
        _archive.Reopen(whileClosed: () => Directory.Move(
            Path.Combine(_archive.IndexPath, CurrentBuild), Path.Combine(_archive.IndexPath, OldSchemaBuild)));
        _archive.SyncAll();

        _archive.Reopen();

        Assert.True(_archive.Index.IsComplete);
        Assert.Equal(Rebuild, Path.GetFileName(_archive.Index.BuildPath));
        Assert.Equal(0, _archive.SyncAll().Indexed);
    }

    [Fact]
    public void An_unfinished_build_is_not_served_and_is_started_again()
    {
        _archive.Reopen(whileClosed: () =>
        {
            Directory.Delete(Path.Combine(_archive.IndexPath, CurrentBuild), recursive: true);
            Directory.CreateDirectory(Path.Combine(_archive.IndexPath, CurrentBuild)); // an empty folder, as after a crash
        });

        Assert.False(_archive.Index.IsComplete);
        Assert.False(_archive.Index.IsSearchable);
        _archive.SyncAll();
        Assert.True(_archive.Index.IsComplete);
        Assert.Equal(["Mùa lũ về miền Tây"], _archive.TitlesFound("mùa lũ"));
    }
}
