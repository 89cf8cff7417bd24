using Microsoft.Playwright;

namespace NewsArchive.Browser.Tests.Support;

/// <summary>The system Chromium (Debian's <c>chromium</c> package); Playwright's own download is not used.</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = Path,
        Headless = true,
        // Root in a container needs --no-sandbox; the rest keep Chromium from phoning home mid-test.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    };
}

/// <summary>A test that needs a real browser: skipped, saying why, on machines without Chromium.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled) Skip = $"Chromium is not installed at {Chromium.Path} (apt-get install -y chromium)";
    }
}

/// <summary>A theory that needs a real browser: skipped, saying why, on machines without Chromium.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!Chromium.IsInstalled) Skip = $"Chromium is not installed at {Chromium.Path} (apt-get install -y chromium)";
    }
}
