using NewsArchive.Content.Files;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Indexing;

/// <summary>
/// Whatever state the index folder is left in (a build stopped part way, files deleted, bytes damaged after a crash),
/// the next start serves every article: a sound build is used or continued, a damaged one is rebuilt from the content.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private static readonly string FirstBuild = $"s{IndexFields.SchemaVersion}-0001";
    private readonly TestArchive _archive = new();

    public CrashSafetyTests()
    {
        for (var i = 1; i <= 30; i++)
            _archive.WriteArticle($"2024/ban-tin-{i:00}.md", $"Bản tin thời tiết số {i}", $"Mưa rào rải rác ở Nam Bộ, bản tin số {i}.", $"2024-06-{i:00}");
    }

    public void Dispose() => _archive.Dispose();

    private string BuildPath(string name) => Path.Combine(_archive.IndexPath, name);

    private void AssertEveryArticleIsFound()
    {
        Assert.True(_archive.Index.IsComplete);
        Assert.Equal(30, _archive.Search.ArticleCount);
        for (var i = 1; i <= 30; i++) Assert.NotNull(_archive.Search.FindBySlug($"ban-tin-thoi-tiet-so-{i}"));
    }

    /// <summary>The largest file of the build, where most of the index's bytes are.</summary>
    private string LargestFile(string build) =>
        new DirectoryInfo(BuildPath(build)).GetFiles().OrderByDescending(f => f.Length).First().FullName;

    [Fact]
    public void A_build_stopped_part_way_goes_on_where_it_stopped()
    {
        // Half the articles applied, then the site stops (SIGTERM): closing the index commits what was applied.
        var folder = new ContentFolder(_archive.ContentPath, new ArticleFileReader(new SourceDirectory()));
        var half = folder.EnumerateFiles([]).Take(15).Select(f => new IndexedFile(folder.Read(f, out _), f.Stamp)).ToList();
        _archive.Index.Apply(half, []);
        _archive.Reopen();

        Assert.False(_archive.Index.IsComplete);
        Assert.Equal(FirstBuild, Path.GetFileName(_archive.Index.BuildPath));
        var report = _archive.SyncAll();

        Assert.Equal((15, 15), (report.Indexed, report.Unchanged));
        AssertEveryArticleIsFound();
    }

    [Fact]
    public void A_build_with_a_deleted_file_is_detected_and_rebuilt_from_the_content()
    {
        _archive.SyncAll();
        _archive.Reopen(whileClosed: () => File.Delete(LargestFile(FirstBuild)));

        var damaged = Assert.Single(_archive.Index.Damaged);
        Assert.Equal(BuildPath(FirstBuild), damaged.Path);
        Assert.False(_archive.Index.IsSearchable);
        Assert.Equal(30, _archive.SyncAll().Indexed);
        AssertEveryArticleIsFound();
        Assert.False(Directory.Exists(BuildPath(FirstBuild)));
    }

    [Fact]
    public void A_build_whose_commit_cannot_be_read_is_detected_and_rebuilt()
    {
        _archive.SyncAll();
        _archive.Reopen(whileClosed: () =>
        {
            foreach (var file in Directory.GetFiles(BuildPath(FirstBuild), "segments_*")) File.WriteAllText(file, "hỏng");
        });

        Assert.Single(_archive.Index.Damaged);
        _archive.SyncAll();
        AssertEveryArticleIsFound();
    }

    [Fact]
    public void A_cut_off_file_is_detected_and_rebuilt()
    {
        _archive.SyncAll();
        _archive.Reopen(whileClosed: () =>
        {
            using var file = File.OpenWrite(LargestFile(FirstBuild));
            file.SetLength(file.Length / 2);
        });

        Assert.Single(_archive.Index.Damaged);
        _archive.SyncAll();
        AssertEveryArticleIsFound();
    }

    [Fact]
    public void Damaged_bytes_after_a_crash_are_found_by_their_checksums_and_rebuilt()
    {
        _archive.SyncAll();
        _archive.Reopen(whileClosed: () =>
        {
            File.Delete(Path.Combine(BuildPath(FirstBuild), "closed-cleanly")); // as after a kill
            using var file = new FileStream(LargestFile(FirstBuild), FileMode.Open, FileAccess.ReadWrite);
            file.Position = file.Length / 2;
            var middle = new byte[16];
            file.ReadExactly(middle);
            file.Position = file.Length / 2;
            file.Write(middle.Select(b => (byte)~b).ToArray());
        });

        Assert.Single(_archive.Index.Damaged);
        _archive.SyncAll();
        AssertEveryArticleIsFound();
    }

    [Fact]
    public void A_sound_index_after_a_crash_is_checked_and_kept()
    {
        _archive.SyncAll();
        _archive.Reopen(whileClosed: () => File.Delete(Path.Combine(BuildPath(FirstBuild), "closed-cleanly")));

        Assert.Empty(_archive.Index.Damaged);
        Assert.True(_archive.Index.IsComplete);
        Assert.Equal(0, _archive.SyncAll().Indexed);
        AssertEveryArticleIsFound();
    }

    [Fact]
    public void A_build_stopped_before_its_first_commit_is_unfinished_not_damaged()
    {
        _archive.SyncAll();
        _archive.Reopen(whileClosed: () =>
        {
            foreach (var file in Directory.GetFiles(BuildPath(FirstBuild), "segments*")) File.Delete(file);
        });

        Assert.Empty(_archive.Index.Damaged);
        Assert.False(_archive.Index.IsSearchable);
        _archive.SyncAll();
        AssertEveryArticleIsFound();
        Assert.Equal([$"s{IndexFields.SchemaVersion}-0002"], Directory.GetDirectories(_archive.IndexPath).Select(Path.GetFileName));
    }

    [Fact]
    public void Leftover_builds_are_removed_when_a_complete_build_opens()
    {
        _archive.SyncAll();
        _archive.Reopen(whileClosed: () => Directory.CreateDirectory(BuildPath($"s{IndexFields.SchemaVersion - 1}-0000")));

        Assert.True(_archive.Index.IsComplete);
        Assert.Equal([FirstBuild], Directory.GetDirectories(_archive.IndexPath).Select(Path.GetFileName));
    }

    [Fact]
    public void Closing_the_index_marks_it_closed_cleanly_and_opening_it_clears_the_mark()
    {
        _archive.SyncAll();
        var mark = Path.Combine(BuildPath(FirstBuild), "closed-cleanly");
        Assert.False(File.Exists(mark));

        _archive.Reopen(whileClosed: () => Assert.True(File.Exists(mark)));

        Assert.False(File.Exists(mark));
    }
}
