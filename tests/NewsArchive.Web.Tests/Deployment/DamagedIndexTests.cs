using System.Net;
using NewsArchive.Web.Tests.Operations;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>
/// An index damaged at rest (random bytes over its largest file after a clean stop) is found by its checksums,
/// named in one error line and rebuilt from the content while the site serves; no reader ever gets a 500.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private const int Articles = 4000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly TempFolder _content = new();
    private readonly TempFolder _data = new();

    public DamagedIndexTests() => ManyArticles.WriteTo(_content, Articles);

    public void Dispose()
    {
        _content.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task Damage_at_rest_is_found_named_and_rebuilt_without_a_500()
    {
        var index = Path.Combine(_data.Path, "index");
        var settings = new Dictionary<string, string> { ["Archive__ContentPath"] = _content.Path, ["Archive__IndexPath"] = index, ["Archive__SearchRateLimit"] = "0" };
        await using (var first = SiteProcess.Start(SiteProcess.BuiltApp, settings))
        {
            await first.ReadyClientAsync(Timeout);
            first.Terminate();
            Assert.Equal(0, await first.ExitCodeAsync(Timeout));
        }
        var largest = Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length).First();
        // Large enough that the damage lies between the file's header and its checksum footer, which opening reads.
        Assert.True(new FileInfo(largest).Length > 256 * 1024, $"{largest} is too small to damage in its middle");
        Overwrite(largest, 64 * 1024);

        await using var site = SiteProcess.Start(SiteProcess.BuiltApp, settings);
        using var client = new HttpClient { BaseAddress = site.Address };
        var statuses = new List<HttpStatusCode>();
        var deadline = DateTime.UtcNow + Timeout;
        var rebuilt = false;
        for (var i = 0; DateTime.UtcNow < deadline && !(rebuilt && i > 200); i++)
        {
            var n = i % Articles;
            foreach (var address in new[] { $"/search?q=%22b%E1%BA%A3n+tin+th%E1%BB%A9+{n}%22", $"/articles/{ManyArticles.Slug(n)}", $"/api/search?q=s%E1%BB%91+{n}" })
            {
                try
                {
                    statuses.Add((await client.GetAsync(address)).StatusCode);
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
            }
            // Found while opening (then built afresh) or by the checksums after the start (then rebuilt while serving).
            var output = site.Output;
            rebuilt = output.Contains("Index rebuilt", StringComparison.Ordinal)
                      || (output.Contains("is damaged", StringComparison.Ordinal) && output.Contains("Index ready", StringComparison.Ordinal));
            if (i % 50 == 0) await Task.Delay(100);
        }

        Assert.True(rebuilt, "the index was not rebuilt:\n" + site.Output);
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, statuses);
        var errors = site.Output.Split('\n').Where(line => line.Contains("ERR", StringComparison.Ordinal)).ToList();
        Assert.Single(errors);
        Assert.Contains("damaged", errors[0]);
        Assert.Contains(index, errors[0]);
        Assert.Contains("resource", errors[0]); // Lucene names the damaged file
        // After the rebuild every article is found again.
        var ready = await site.ReadyClientAsync(Timeout);
        Assert.Equal(HttpStatusCode.OK, (await ready.GetAsync($"/articles/{ManyArticles.Slug(Articles - 1)}")).StatusCode);
        Assert.Contains(ManyArticles.Title(7), await ready.GetStringAsync("/api/search?q=" + Uri.EscapeDataString($"\"{ManyArticles.Title(7)}\"")));
    }

    private static void Overwrite(string file, int bytes)
    {
        var junk = new byte[bytes];
        new Random(20261203).NextBytes(junk);
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.Position = Math.Max(0, stream.Length / 2 - bytes / 2);
        stream.Write(junk, 0, (int)Math.Min(bytes, stream.Length));
    }
}
