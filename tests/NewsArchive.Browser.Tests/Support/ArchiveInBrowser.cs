using Microsoft.Playwright;

namespace NewsArchive.Browser.Tests.Support;

/// <summary>One site over <see cref="FixtureArticles"/> and one Chromium, shared by every browser test (<see cref="BrowserCollection"/>).</summary>
public sealed class ArchiveInBrowser : IAsyncLifetime
{
    private readonly TempFolder _content = new();
    private readonly TempFolder _data = new();
    private BrowserSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary><c>http://127.0.0.1:port</c>: every request a page makes must go here and nowhere else.</summary>
    public string Origin => BaseAddress.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        // Without a browser every test is skipped: starting the site would only cost time.
        if (!Chromium.IsInstalled) return;

        FixtureArticles.WriteTo(_content);
        _site = new BrowserSite(_content.Path, Path.Combine(_data.Path, "index"));
        BaseAddress = _site.Start();
        await WaitUntilReadyAsync();

        // Waits in assertions get the same margin as actions: CI runs other test projects alongside.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    /// <summary>A fresh context (cookies, cache, history) for one test; <paramref name="configure"/> sets a phone's screen and the like.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true, Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            JavaScriptEnabled = javaScriptEnabled,
        };
        configure?.Invoke(options);
        var context = await _browser!.NewContextAsync(options);
        context.SetDefaultTimeout(20_000);
        return context;
    }

    /// <summary>The index is built in the background; pages answer 503 until /health says ready.</summary>
    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"the archive at {BaseAddress} did not become ready");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
        _content.Dispose();
        _data.Dispose();
    }
}
