using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Operations;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// Editors save, add and delete article files while readers keep reading and searching: every edit shows up,
/// and no reader's request fails meanwhile (an article being edited is always there, old or new).
/// </summary>
public sealed class EditsUnderLoadTests : IAsyncLifetime
{
    private const int Count = 60;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder _content = new();
    private ArchiveSite _site = null!;

    public async Task InitializeAsync()
    {
        ManyArticles.WriteTo(_content, Count);
        _site = new ArchiveSite(_content.Path).With("Archive:SearchRateLimit", "0");
        await _site.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _content.Dispose();
    }

    private string PathOf(int i)
    {
        var day = new DateOnly(2023, 1, 1).AddDays(i);
        return Path.Combine(_content.Path, $"{day:yyyy}", $"{day:MM}", $"ban-tin-{i:0000}.md");
    }

    private async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task Edits_saved_under_load_are_picked_up_with_no_failed_request()
    {
        var failures = new ConcurrentQueue<string>();
        var served = 0;
        using var stop = new CancellationTokenSource();
        // Readers: the articles being edited (0-19), searches, lists; never the ones being deleted (40-49).
        var readers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            using var client = _site.CreateClient();
            for (var n = worker; !stop.IsCancellationRequested; n += 4)
            {
                var path = (n % 4) switch
                {
                    0 => "/articles/" + ManyArticles.Slug(n % 20),
                    1 => "/search?q=" + Uri.EscapeDataString("giá lúa"),
                    2 => "/api/search?q=" + Uri.EscapeDataString("sửa lần"),
                    _ => "/?page=" + (1 + n % 3),
                };
                var response = await client.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.OK) failures.Enqueue($"{(int)response.StatusCode} {path}");
                else Interlocked.Increment(ref served);
            }
        })).ToList();

        // Editors: rewrite 0-19 three times over (as editors save: truncate, then write), add 20 new, delete 40-49.
        for (var round = 1; round <= 3; round++)
        {
            for (var i = 0; i < 20; i++)
            {
                var text = await File.ReadAllTextAsync(PathOf(i));
                await File.WriteAllTextAsync(PathOf(i), text.Replace("Bản tin thứ", $"Sửa lần {round}. Bản tin thứ", StringComparison.Ordinal));
                await Task.Delay(20);
            }
        }
        ManyArticles.WriteTo(_content, Count + 20, from: Count);
        for (var i = 40; i < 50; i++) File.Delete(PathOf(i));

        using var check = _site.CreateClient();
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && (await TotalAsync(check, "sửa lần 3") != 20 || await TotalAsync(check, "bản tin") != Count + 20 - 10))
            await Task.Delay(100);
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.True(served > 0);
        Assert.Equal(20, await TotalAsync(check, "sửa lần 3"));
        Assert.Equal(Count + 20 - 10, await TotalAsync(check, "bản tin"));
        Assert.Equal(HttpStatusCode.NotFound, (await check.GetAsync("/articles/" + ManyArticles.Slug(45))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await check.GetAsync("/articles/" + ManyArticles.Slug(Count + 19))).StatusCode);
    }
}
