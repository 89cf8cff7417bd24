using System.Text.Json;
using NewsArchive.Web.Tests.Support;
using Serilog.Events;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// Two sites in one process (as the tests run them) each write to their own log: a warning about a file, and the
/// line for a request, reach the site's own sinks whichever site started last.
/// </summary>
public sealed class SeparateLogsTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly TempFolder _firstContent = new();
    private readonly TempFolder _secondContent = new();
    private LoggedSite _first = null!;
    private LoggedSite _second = null!;
    private HttpClient _firstClient = null!;

    public async Task InitializeAsync()
    {
        _firstContent.Write("tot.md", "---\ntitle: Mùa nước nổi\n---\nNội dung.\n");
        _secondContent.Write("tot.md", "---\ntitle: Mùa lúa chín\n---\nNội dung.\n");
        _first = new LoggedSite(_firstContent.Path);
        _second = new LoggedSite(_secondContent.Path);
        // The first site starts, then the second: a process-wide logger would now be the second's.
        _firstClient = await _first.ReadyClientAsync();
        await _second.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        _firstContent.Dispose();
        _secondContent.Dispose();
    }

    [Fact]
    public async Task A_bad_file_found_after_both_started_is_reported_by_its_own_site()
    {
        _firstContent.Write("hong.md", "---\ntitle: [chưa đóng\n---\nNội dung.\n");

        var deadline = DateTime.UtcNow + Patience;
        while (await RejectedAsync(_firstClient) == 0 && DateTime.UtcNow < deadline) await Task.Delay(100);

        Assert.Equal(1, await RejectedAsync(_firstClient));
        Assert.Single(_first.Log.Warnings, w => LogCapture.Property(w, "File") == "hong.md");
        Assert.DoesNotContain(_second.Log.Warnings, w => LogCapture.Property(w, "File") == "hong.md");
    }

    [Fact]
    public async Task A_request_is_logged_by_the_site_that_served_it()
    {
        await _firstClient.GetAsync("/");

        // The request's line is written as the response ends, which the client may see first.
        var deadline = DateTime.UtcNow + Patience;
        while (!_first.Log.Events.Any(e => LogCapture.Property(e, "RequestPath") == "/") && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Contains(_first.Log.Events, e => e.Level == LogEventLevel.Information && LogCapture.Property(e, "RequestPath") == "/");
        Assert.DoesNotContain(_second.Log.Events, e => LogCapture.Property(e, "RequestPath") == "/");
    }

    private static async Task<int> RejectedAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/health"));
        return json.RootElement.GetProperty("rejectedFiles").GetInt32();
    }
}
