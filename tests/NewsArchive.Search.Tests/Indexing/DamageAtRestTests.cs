using NewsArchive.Search.Indexing;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Indexing;

/// <summary>
/// Bytes damaged after a clean stop pass the quick checks of opening; the checksums find them, whether verified as a
/// whole after the start or after a read fails, and the build is then marked so it is never written or trusted again.
/// </summary>
public sealed class DamageAtRestTests : IDisposable
{
    private static readonly string FirstBuild = $"s{IndexFields.SchemaVersion}-0001";
    private readonly TestArchive _archive = new();

    public DamageAtRestTests()
    {
        // Each report carries a long appendix of figures that does not compress, so the stored text is most of every
        // segment file and the damage below lands in it: a part Lucene verifies by checksum, not one read at opening.
        var figures = new Random(2024);
        for (var i = 1; i <= 30; i++)
        {
            var appendix = Convert.ToHexString(Enumerable.Range(0, 1500).Select(_ => (byte)figures.Next(256)).ToArray());
            _archive.WriteArticle($"2024/ban-tin-{i:00}.md", $"Bản tin thời tiết số {i}", $"Mưa rào rải rác ở Nam Bộ, bản tin số {i}.\n\n{appendix}", $"2024-06-{i:00}");
        }
        _archive.SyncAll();
        _archive.Reopen(whileClosed: () =>
        {
            // The largest segment file (a segment's files start with "_"), never the commit (segments_N).
            var largest = new DirectoryInfo(Path.Combine(_archive.IndexPath, FirstBuild)).GetFiles("_*").OrderByDescending(f => f.Length).First();
            using var file = new FileStream(largest.FullName, FileMode.Open, FileAccess.ReadWrite);
            file.Position = file.Length / 2;
            var middle = new byte[16];
            file.ReadExactly(middle);
            file.Position = file.Length / 2;
            file.Write(middle.Select(b => (byte)~b).ToArray());
        });
    }

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Verifying_after_the_start_finds_the_damage_and_names_the_file()
    {
        Assert.True(_archive.Index.IsComplete); // a clean stop: opening checked no checksum
        Assert.Empty(_archive.Index.Damaged);
        var found = new List<string>();
        _archive.Index.DamageFound += found.Add;

        _archive.Index.VerifyIntegrity();
        _archive.Index.VerifyIntegrity();

        var damage = Assert.Single(found);
        Assert.Contains("checksum", damage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(FirstBuild, damage);
    }

    [Fact]
    public void A_failing_read_on_a_damaged_index_is_told_apart_from_other_failures()
    {
        var found = new List<string>();
        _archive.Index.DamageFound += found.Add;

        var damaged = Assert.Throws<IndexDamagedException>(() => _archive.Index.Search<int>(_ => throw new InvalidDataException("a read went wrong")));

        Assert.IsType<InvalidDataException>(damaged.InnerException);
        Assert.Single(found);
    }

    [Fact]
    public void A_build_marked_damaged_is_rebuilt_and_serves_meanwhile()
    {
        _archive.Index.MarkDamaged("checksum failed");
        _archive.Reopen();

        Assert.False(_archive.Index.IsComplete);
        Assert.True(_archive.Index.IsSearchable); // the damaged build answers while its replacement is built
        Assert.NotEqual(FirstBuild, Path.GetFileName(_archive.Index.BuildPath));
        _archive.SyncAll();
        Assert.True(_archive.Index.IsComplete);
        Assert.Equal(30, _archive.Search.ArticleCount);
        Assert.False(Directory.Exists(Path.Combine(_archive.IndexPath, FirstBuild)));
    }
}

/// <summary>A failure that is not damage stays what it was.</summary>
public sealed class SoundIndexFailureTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void A_failing_read_on_a_sound_index_is_not_called_damage()
    {
        _archive.WriteArticle("a.md", "Bản tin", "Nội dung.", "2024-06-01");
        _archive.SyncAll();

        Assert.Throws<InvalidDataException>(() => _archive.Index.Search<int>(_ => throw new InvalidDataException("a bug")));
    }
}
