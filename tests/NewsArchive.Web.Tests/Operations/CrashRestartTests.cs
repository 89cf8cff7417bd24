using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Operations;

/// <summary>
/// The real app, killed at any moment while it builds its index or follows edits, or restarted over a damaged
/// index, comes back and serves every article; stopped with SIGTERM it finishes what it is doing and commits.
/// </summary>
public sealed class CrashRestartTests : IDisposable
{
    private const int Count = 400;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly TempFolder _content = new();
    private readonly TempFolder _data = new();

    public CrashRestartTests() => ManyArticles.WriteTo(_content, Count);

    public void Dispose()
    {
        _content.Dispose();
        _data.Dispose();
    }

    private string IndexPath => Path.Combine(_data.Path, "index");

    private SiteProcess Start() => SiteProcess.Start(SiteProcess.BuiltApp, new Dictionary<string, string>
    {
        ["Archive__ContentPath"] = _content.Path,
        ["Archive__IndexPath"] = IndexPath,
        ["Archive__SearchRateLimit"] = "0",
    });

    /// <summary>Waits until the site answers at all (any status): it is listening, and opening or building its index.</summary>
    private static async Task<HttpClient> ListeningClientAsync(SiteProcess site)
    {
        var client = new HttpClient { BaseAddress = site.Address };
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await client.GetAsync("/health");
                return client;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(20);
            }
        }
        throw new TimeoutException("the site did not listen:\n" + site.Output);
    }

    private static async Task<int> ArticleCountOnceSettledAsync(HttpClient client, int expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var health = JsonDocument.Parse(await client.GetStringAsync("/health"));
            var articles = health.RootElement.GetProperty("articles").GetInt32();
            if (articles == expected || DateTime.UtcNow > deadline) return articles;
            await Task.Delay(100);
        }
    }

    private static async Task AssertServesEveryArticleAsync(HttpClient client, int count = Count)
    {
        using (var health = JsonDocument.Parse(await client.GetStringAsync("/health")))
            Assert.Equal(count, health.RootElement.GetProperty("articles").GetInt32());
        var missing = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancel) =>
        {
            var response = await client.GetAsync("/api/articles/" + ManyArticles.Slug(i), cancel);
            if (response.StatusCode != HttpStatusCode.OK) lock (missing) missing.Add(ManyArticles.Slug(i));
        });
        Assert.Empty(missing);
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("bản tin")));
        Assert.Equal(count, search.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Killed_again_and_again_while_building_it_restarts_and_serves_every_article()
    {
        // Kills spread over start-up and the build: before it listens, as soon as it answers, then later each time.
        await using (var first = Start()) await first.KillAsync();
        for (var round = 0; round < 5; round++)
        {
            await using var site = Start();
            using var client = await ListeningClientAsync(site);
            await Task.Delay(round * 200);
            await site.KillAsync();
        }

        await using var last = Start();
        await AssertServesEveryArticleAsync(await last.ReadyClientAsync(Patience));
        Assert.DoesNotContain("[ERR]", last.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Killed_while_following_edits_it_restarts_with_every_edit()
    {
        await using (var site = Start())
        {
            await site.ReadyClientAsync(Patience);
            ManyArticles.WriteTo(_content, Count + 40, from: Count); // forty new files, as a copy brings them
            File.Delete(Path.Combine(_content.Path, "2023", "01", "ban-tin-0000.md"));
            await Task.Delay(300);
            await site.KillAsync();
        }

        await using var restarted = Start();
        var client = await restarted.ReadyClientAsync(Patience);

        // The committed index answers at once while the files changed since are read.
        Assert.Equal(Count + 40 - 1, await ArticleCountOnceSettledAsync(client, Count + 40 - 1));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/articles/" + ManyArticles.Slug(0))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles/" + ManyArticles.Slug(Count + 39))).StatusCode);
    }

    [Fact]
    public async Task A_damaged_index_is_rebuilt_while_the_site_answers_503_then_every_article_is_served()
    {
        await using (var site = Start())
        {
            await site.ReadyClientAsync(Patience);
            await site.KillAsync();
        }
        var build = Directory.GetDirectories(IndexPath).Single();
        File.Delete(new DirectoryInfo(build).GetFiles().OrderByDescending(f => f.Length).First().FullName);

        await using var restarted = Start();
        using var client = await ListeningClientAsync(restarted);
        var seen = new List<HttpStatusCode>();
        while (true)
        {
            var health = await client.GetAsync("/health");
            seen.Add(health.StatusCode);
            seen.Add((await client.GetAsync("/search?q=" + Uri.EscapeDataString("giá lúa"))).StatusCode);
            if (health.StatusCode == HttpStatusCode.OK) break;
            Assert.True(seen.Count < 10_000, "the site did not become ready:\n" + restarted.Output);
            await Task.Delay(50);
        }

        Assert.All(seen, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Contains("is damaged", restarted.Output, StringComparison.Ordinal);
        // Said once by the site; the probes that polled /health meanwhile add nothing to the log.
        Assert.DoesNotContain("Health check", restarted.Output, StringComparison.Ordinal);
        await AssertServesEveryArticleAsync(client);
        Assert.False(Directory.Exists(build));
    }

    [Fact]
    public async Task Stopped_with_sigterm_under_load_it_answers_what_it_took_and_exits_cleanly_with_the_index_committed()
    {
        var failures = new List<string>();
        var answered = 0;
        await using (var site = Start())
        {
            var client = await site.ReadyClientAsync(Patience);
            using var stop = new CancellationTokenSource();
            var readers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                using var own = new HttpClient { BaseAddress = site.Address };
                own.DefaultRequestHeaders.ConnectionClose = true; // a fresh connection each time: no idle keep-alive to be cut
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        var response = await own.GetAsync(i % 2 == 0 ? "/search?q=" + Uri.EscapeDataString("giá lúa tăng") : "/articles/" + ManyArticles.Slug(i % Count));
                        await response.Content.ReadAsByteArrayAsync();
                        if ((int)response.StatusCode >= 500) lock (failures) failures.Add($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
                        else Interlocked.Increment(ref answered);
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server has stopped listening
                    }
                }
            })).ToList();

            while (Volatile.Read(ref answered) < 200) await Task.Delay(10);
            site.Terminate();
            Assert.Equal(0, await site.ExitCodeAsync(TimeSpan.FromSeconds(60)));
            stop.Cancel();
            await Task.WhenAll(readers);
            Assert.Empty(failures);
            Assert.DoesNotContain("[ERR]", site.Output, StringComparison.Ordinal);
        }

        await using var restarted = Start();
        await restarted.ReadyClientAsync(Patience);
        var deadline = DateTime.UtcNow + Patience;
        while (!restarted.Output.Contains("Index ready", StringComparison.Ordinal) && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Contains($"Index ready: {Count} articles (0 added, 0 changed, 0 removed), 0 files refused", restarted.Output, StringComparison.Ordinal);
    }
}
