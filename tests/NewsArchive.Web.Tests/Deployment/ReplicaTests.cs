using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using NewsArchive.Web.Tests.Operations;
using NewsArchive.Web.Tests.Support;
using Xunit.Abstractions;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>
/// Three real replicas behind a real nginx, over one content folder, each with an index of its own: they answer
/// alike, follow edits together, and a rolling restart or a killed replica under load loses no request.
/// </summary>
public sealed class ReplicaTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Replicas = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly TempFolder _content = new();
    private readonly TempFolder _data = new();
    private readonly Uri[] _addresses = Enumerable.Range(0, Replicas).Select(_ => new Uri($"http://127.0.0.1:{SiteProcess.FreePort()}")).ToArray();
    private readonly SiteProcess?[] _replicas = new SiteProcess?[Replicas];
    private Nginx? _nginx;
    private HttpClient _balanced = null!;

    private static readonly string[] Addresses =
    [
        "/", "/?page=2", "/archive", "/archive/2023", "/sources", "/feed.xml", "/sitemap.xml", "/robots.txt",
        "/search?q=an+giang", "/search?q=ban+tin&sort=newest", "/api/search?q=lua", "/api/search?q=%22b%E1%BA%A3n+tin%22&page=2",
        "/articles/" + ManyArticles.Slug(3), "/articles/" + ManyArticles.Slug(150), "/articles/khong-co-bai-nay",
    ];

    public async Task InitializeAsync()
    {
        ManyArticles.WriteTo(_content, 300);
        ArchiveFixtures.WriteTo(_content);
        var port = SiteProcess.FreePort();
        for (var i = 0; i < Replicas; i++) _replicas[i] = Start(i, port);
        foreach (var replica in _replicas) await replica!.ReadyClientAsync(Timeout);
        _nginx = await Nginx.StartAsync(port, _addresses);
        _balanced = new HttpClient { BaseAddress = _nginx.Address };
    }

    public async Task DisposeAsync()
    {
        _balanced.Dispose();
        if (_nginx is not null) await _nginx.DisposeAsync();
        foreach (var replica in _replicas)
            if (replica is not null) await replica.DisposeAsync();
        _content.Dispose();
        _data.Dispose();
    }

    private SiteProcess Start(int replica, int balancerPort) =>
        SiteProcess.StartAt(_addresses[replica], SiteProcess.BuiltApp, new Dictionary<string, string>
        {
            ["Archive__ContentPath"] = _content.Path,
            ["Archive__IndexPath"] = Path.Combine(_data.Path, $"index-{replica}"),
            ["Archive__BaseUrl"] = $"http://127.0.0.1:{balancerPort}",
            ["Archive__KnownProxies__0"] = "127.0.0.1",
            ["Archive__SearchRateLimit"] = "0",
        });

    [NginxFact]
    public async Task Every_replica_gives_the_same_answer_and_follows_edits_within_seconds()
    {
        foreach (var address in Addresses)
        {
            var answers = new List<string>();
            foreach (var replica in _addresses)
            {
                using var client = new HttpClient { BaseAddress = replica };
                var response = await client.GetAsync(address);
                var body = await response.Content.ReadAsByteArrayAsync();
                answers.Add($"{(int)response.StatusCode} {response.Headers.ETag} {Convert.ToHexString(SHA256.HashData(body))}");
            }
            Assert.True(answers.Distinct().Count() == 1, $"{address} differs between replicas:\n{string.Join("\n", answers)}");
        }

        // A browser holding one replica's ETag is answered 304 by the others.
        var etag = (await new HttpClient { BaseAddress = _addresses[0] }.GetAsync("/archive")).Headers.ETag!;
        foreach (var replica in _addresses.Skip(1))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/archive");
            request.Headers.IfNoneMatch.Add(etag);
            using var client = new HttpClient { BaseAddress = replica };
            await client.GetAsync("/archive"); // in its cache
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(request)).StatusCode);
        }

        const string slug = "/articles/mua-lu-mien-trung-tin-moi";
        _content.Write("2024/03/tin-moi.md", "---\ntitle: Mưa lũ miền Trung tin mới\ndate: 2024-03-01\nslug: mua-lu-mien-trung-tin-moi\n---\nNước lên nhanh.\n");
        var added = await ConvergeAsync(async client => (await client.GetAsync(slug)).StatusCode == HttpStatusCode.OK);
        _content.Write("2024/03/tin-moi.md", "---\ntitle: Mưa lũ miền Trung đã cập nhật\ndate: 2024-03-01\nslug: mua-lu-mien-trung-tin-moi\n---\nNước rút.\n");
        var edited = await ConvergeAsync(async client => (await client.GetStringAsync(slug)).Contains("đã cập nhật", StringComparison.Ordinal));
        File.Delete(Path.Combine(_content.Path, "2024/03/tin-moi.md"));
        var deleted = await ConvergeAsync(async client => (await client.GetAsync(slug)).StatusCode == HttpStatusCode.NotFound);

        output.WriteLine($"replicas converged: added {added:0.0} s, edited {edited:0.0} s, deleted {deleted:0.0} s");
        Assert.All(new[] { added, edited, deleted }, seconds => Assert.InRange(seconds, 0, 10));
    }

    [NginxFact]
    public async Task A_rolling_restart_and_a_killed_replica_under_load_lose_no_request()
    {
        using var load = new Load(_balanced, Addresses);
        var clock = Stopwatch.StartNew();

        // Rolling restart: one replica at a time, SIGTERM, back on its port and index, ready before the next.
        for (var i = 0; i < Replicas; i++)
        {
            _replicas[i]!.Terminate();
            Assert.Equal(0, await _replicas[i]!.ExitCodeAsync(Timeout));
            await _replicas[i]!.DisposeAsync();
            _replicas[i] = Start(i, _nginx!.Address.Port);
            await _replicas[i]!.ReadyClientAsync(Timeout);
        }
        var restarted = clock.Elapsed;

        // A crash: SIGKILL under load; the balancer retries on the others; the replica comes back.
        await _replicas[1]!.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await _replicas[1]!.DisposeAsync();
        _replicas[1] = Start(1, _nginx!.Address.Port);
        await _replicas[1]!.ReadyClientAsync(Timeout);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var (requests, failures) = await load.StopAsync();
        output.WriteLine($"under load for {clock.Elapsed.TotalSeconds:0.0} s (rolling restart of {Replicas} replicas in {restarted.TotalSeconds:0.0} s, then one killed and restarted): " +
                         $"{requests} requests through nginx, {failures.Count} failed");
        Assert.True(requests > 100, $"only {requests} requests were made");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)) + "\n" + _nginx.ErrorLog);
    }

    /// <summary>Readers through the balancer, several at once, until stopped; every answer is checked.</summary>
    private sealed class Load : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly List<Task> _workers;
        private readonly List<string> _failures = [];
        private long _requests;

        public Load(HttpClient client, string[] addresses)
        {
            _workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (var i = worker; !_stop.IsCancellationRequested; i++)
                {
                    var address = addresses[i % addresses.Length];
                    var expected = address.Contains("khong-co", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                    try
                    {
                        using var response = await client.GetAsync(address, _stop.Token);
                        await response.Content.ReadAsByteArrayAsync(_stop.Token);
                        if (response.StatusCode != expected) Fail($"{address}: {(int)response.StatusCode}");
                    }
                    catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (HttpRequestException ex)
                    {
                        Fail($"{address}: {ex.Message}");
                    }
                    Interlocked.Increment(ref _requests);
                }
            })).ToList();
        }

        private void Fail(string what)
        {
            lock (_failures) _failures.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {what}");
        }

        public async Task<(long Requests, List<string> Failures)> StopAsync()
        {
            await _stop.CancelAsync();
            await Task.WhenAll(_workers);
            lock (_failures) return (Interlocked.Read(ref _requests), _failures.ToList());
        }

        public void Dispose() => _stop.Dispose();
    }

    private async Task<double> ConvergeAsync(Func<HttpClient, Task<bool>> shows)
    {
        var clock = Stopwatch.StartNew();
        foreach (var replica in _addresses)
        {
            using var client = new HttpClient { BaseAddress = replica };
            while (!await shows(client))
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"{replica} did not follow the change");
                await Task.Delay(100);
            }
        }
        return clock.Elapsed.TotalSeconds;
    }
}
