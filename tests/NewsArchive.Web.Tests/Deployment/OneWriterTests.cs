using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>
/// A start that cannot go on safely stops in one line saying why, exit code 1, and leaves nothing behind: a second
/// process on an index folder in use, a port already taken, an index folder that cannot be written.
/// </summary>
public sealed class OneWriterTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TempFolder _content = new();
    private readonly TempFolder _data = new();

    public OneWriterTests() => ArchiveFixtures.WriteTo(_content);

    public void Dispose()
    {
        _content.Dispose();
        _data.Dispose();
    }

    private Dictionary<string, string> Settings(string index) => new()
    {
        ["Archive__ContentPath"] = _content.Path,
        ["Archive__IndexPath"] = index,
    };

    private static Dictionary<string, long> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => path, path => new FileInfo(path).Length * 1_000_000_007 + File.GetLastWriteTimeUtc(path).Ticks);

    private static void AssertOneLineRefusal(string output, string expected)
    {
        var critical = output.Split('\n').Where(line => line.Contains("FTL", StringComparison.Ordinal)).ToList();
        Assert.Single(critical);
        Assert.Contains(expected, critical[0]);
        Assert.DoesNotContain("   at ", output); // no stack trace
        Assert.DoesNotContain("Exception", output);
    }

    [Fact]
    public async Task A_second_process_on_an_index_folder_in_use_is_refused_naming_the_folder_and_the_holder()
    {
        var index = Path.Combine(_data.Path, "index");
        await using var first = SiteProcess.Start(SiteProcess.BuiltApp, Settings(index));
        await first.ReadyClientAsync(Timeout);
        var before = Snapshot(index);

        await using var second = SiteProcess.Start(SiteProcess.BuiltApp, Settings(index));
        var exit = await second.ExitCodeAsync(Timeout);

        Assert.Equal(1, exit);
        AssertOneLineRefusal(second.Output, $"the index folder '{index}' is in use by process ");
        Assert.Equal(before, Snapshot(index));
        // And the first goes on serving.
        var stillServing = await first.ReadyClientAsync(Timeout);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await stillServing.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_folder_is_free_again_once_its_process_has_ended_even_by_a_kill()
    {
        var index = Path.Combine(_data.Path, "index");
        await using (var first = SiteProcess.Start(SiteProcess.BuiltApp, Settings(index)))
        {
            await first.ReadyClientAsync(Timeout);
            await first.KillAsync();
        }

        await using var next = SiteProcess.Start(SiteProcess.BuiltApp, Settings(index));

        await next.ReadyClientAsync(Timeout);
    }

    [Fact]
    public async Task A_port_in_use_stops_the_start_in_one_line_leaving_no_index_behind()
    {
        await using var first = SiteProcess.Start(SiteProcess.BuiltApp, Settings(Path.Combine(_data.Path, "first")));
        await first.ReadyClientAsync(Timeout);
        var index = Path.Combine(_data.Path, "second");

        await using var second = SiteProcess.Start(SiteProcess.BuiltApp, Settings(index), "--urls=" + first.Address);
        var exit = await second.ExitCodeAsync(Timeout);

        Assert.Equal(1, exit);
        AssertOneLineRefusal(second.Output, $"address {first.Address.ToString().TrimEnd('/')} is already in use; pass --urls");
        Assert.False(Directory.Exists(index), "the refused start left an index folder behind");
    }

    [Fact]
    public async Task An_index_folder_that_cannot_be_written_stops_the_start_in_one_line()
    {
        // Tests may run as root, for whom permissions do not stop a write: a path under a plain file cannot be a folder.
        var file = Path.Combine(_data.Path, "a-file");
        await File.WriteAllTextAsync(file, "");
        var index = Path.Combine(file, "index");

        await using var site = SiteProcess.Start(SiteProcess.BuiltApp, Settings(index));
        var exit = await site.ExitCodeAsync(Timeout);

        Assert.Equal(1, exit);
        AssertOneLineRefusal(site.Output, $"cannot write to the index folder '{index}'");
    }
}
