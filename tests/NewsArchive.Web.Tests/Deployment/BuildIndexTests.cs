using System.Diagnostics;
using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>
/// <c>build-index</c> builds the index and exits; replicas started on copies of it serve at once and catch up only on
/// what changed since.
/// </summary>
public sealed class BuildIndexTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ChangeShown = TimeSpan.FromSeconds(20);
    private readonly TempFolder _content = new();
    private readonly TempFolder _data = new();

    public BuildIndexTests() => ArchiveFixtures.WriteTo(_content);

    public void Dispose()
    {
        _content.Dispose();
        _data.Dispose();
    }

    private async Task<(int Exit, string Output)> BuildIndexAsync(string index)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { SiteProcess.BuiltApp, "build-index", "--Archive:ContentPath=" + _content.Path, "--Archive:IndexPath=" + index })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    [Fact]
    public async Task It_builds_reports_and_exits_and_copies_of_it_serve_and_catch_up()
    {
        var built = Path.Combine(_data.Path, "built");
        var (exit, output) = await BuildIndexAsync(built);

        Assert.Equal(0, exit);
        Assert.Contains($"{ArchiveFixtures.ArticleCount} articles", output);
        Assert.Contains("1 file refused", output); // the fixtures' broken file, named
        Assert.Contains("Skipped article file", output);

        var copies = new[] { Path.Combine(_data.Path, "replica-1"), Path.Combine(_data.Path, "replica-2") };
        foreach (var copy in copies) CopyFolder(built, copy);
        // A change after the build: each replica reads this file alone, not the whole folder.
        _content.Write("2024/02/tin-moi.md", "---\ntitle: Tin mới sau khi dựng chỉ mục\ndate: 2024-02-01\n---\nNội dung mới.\n");

        var replicas = copies.Select(copy => SiteProcess.Start(SiteProcess.BuiltApp, new Dictionary<string, string>
        {
            ["Archive__ContentPath"] = _content.Path,
            ["Archive__IndexPath"] = copy,
        })).ToList();
        try
        {
            foreach (var replica in replicas)
            {
                // Ready at once on the copied index (the articles of the build), then caught up on the new file.
                var client = await replica.ReadyClientAsync(Timeout);
                await Eventually.TrueAsync(
                    async () => (await client.GetAsync("/articles/tin-moi-sau-khi-dung-chi-muc")).StatusCode == HttpStatusCode.OK,
                    ChangeShown, "the article added after the build on a replica");
                Assert.Contains("(1 added, 0 changed, 0 removed)", replica.Output); // only the new file was read
                Assert.DoesNotContain("Building a new search index", replica.Output);
            }

            // And both follow later edits.
            _content.Write("2024/02/tin-moi.md", "---\ntitle: Tin mới đã sửa tiêu đề\ndate: 2024-02-01\nslug: tin-moi-sau-khi-dung-chi-muc\n---\nNội dung mới.\n");
            foreach (var replica in replicas)
            {
                var client = await replica.ReadyClientAsync(Timeout);
                await Eventually.TrueAsync(
                    async () => (await client.GetStringAsync("/articles/tin-moi-sau-khi-dung-chi-muc")).Contains("Tin mới đã sửa tiêu đề"),
                    ChangeShown, "the edited title on a replica");
            }
        }
        finally
        {
            foreach (var replica in replicas) await replica.DisposeAsync();
        }
    }

    [Fact]
    public async Task It_refuses_an_index_folder_a_running_site_holds()
    {
        var index = Path.Combine(_data.Path, "index");
        await using var site = SiteProcess.Start(SiteProcess.BuiltApp, new Dictionary<string, string>
        {
            ["Archive__ContentPath"] = _content.Path,
            ["Archive__IndexPath"] = index,
        });
        await site.ReadyClientAsync(Timeout);

        var (exit, output) = await BuildIndexAsync(index);

        Assert.Equal(1, exit);
        Assert.Contains("is in use by process", output);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
