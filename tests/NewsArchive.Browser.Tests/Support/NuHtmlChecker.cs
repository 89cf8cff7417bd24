using System.Diagnostics;
using System.Text.Json;

namespace NewsArchive.Browser.Tests.Support;

/// <summary>
/// The Nu HTML Checker (the W3C validator, <c>vnu.jar</c> from npm's <c>vnu-jar</c>) run with the system Java. The jar
/// is found at <c>VNU_JAR</c>, else in a cache folder outside the repository, where it is installed with npm on
/// first use (<c>.ci/run</c> installs it beforehand).
/// </summary>
public static class NuHtmlChecker
{
    /// <summary>Pinned: a newer checker may add rules, and CI should not fail on a day nothing changed here.</summary>
    public const string Version = "26.9.27";

    private static readonly Lazy<(string? Jar, string? Missing)> Installation = new(Find);

    /// <summary>Why the checker cannot run here, or null when it can.</summary>
    public static string? Missing => Installation.Value.Missing;

    /// <summary>Where <c>.ci/run</c> and the tests look for the jar: <c>~/.cache/newsarchive/vnu-jar-{Version}</c>.</summary>
    public static string CacheFolder => Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? cache : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "newsarchive", $"vnu-jar-{Version}");

    /// <summary>Checks the files (HTML, and CSS too) in one run and answers every message the checker gave.</summary>
    public static async Task<IReadOnlyList<NuMessage>> CheckAsync(IEnumerable<string> files)
    {
        var jar = Installation.Value.Jar ?? throw new InvalidOperationException(Missing);
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--format", "json", "--also-check-css", "--exit-zero-always" }.Concat(files))
            start.ArgumentList.Add(argument);

        using var java = Process.Start(start)!;
        var output = java.StandardOutput.ReadToEndAsync();
        var report = await java.StandardError.ReadToEndAsync(); // vnu writes its report to standard error
        await java.WaitForExitAsync();
        await output;

        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray().Select(NuMessage.From).ToList();
    }

    private static (string? Jar, string? Missing) Find()
    {
        if (!Runs("java", "-version", TimeSpan.FromSeconds(30), out _))
            return (null, "Java is not installed, so the Nu HTML Checker cannot run (apt-get install -y default-jre-headless)");

        if (Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } configured)
            return File.Exists(configured) ? (configured, null) : (null, $"VNU_JAR points to {configured}, which does not exist");

        var jar = Path.Combine(CacheFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (File.Exists(jar)) return (jar, null);

        // Its install script would download a Java of its own; the system Java is used instead.
        Directory.CreateDirectory(CacheFolder);
        var installed = Runs("npm", $"install --no-audit --no-fund --ignore-scripts --prefix \"{CacheFolder}\" vnu-jar@{Version}", TimeSpan.FromMinutes(5), out var npmOutput);
        if (installed && File.Exists(jar)) return (jar, null);
        return (null, $"vnu.jar is not in {CacheFolder} and `npm install vnu-jar@{Version}` failed (no npm, or no network to the npm registry): {LastLine(npmOutput)}");
    }

    private static bool Runs(string program, string arguments, TimeSpan timeout, out string output)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                output = $"{program} took longer than {timeout.TotalSeconds:0} s";
                return false;
            }
            output = stdout.Result + stderr.Result;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            output = $"{program}: {ex.Message}";
            return false;
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}

/// <summary>One finding: <c>error</c> (invalid), <c>info</c> with subtype <c>warning</c>, or <c>non-document-error</c>.</summary>
public sealed record NuMessage(string Type, string? SubType, string File, int? Line, string Message, string? Extract)
{
    public bool IsError => Type is "error" or "non-document-error";

    public static NuMessage From(JsonElement message) => new(
        message.GetProperty("type").GetString()!,
        message.TryGetProperty("subType", out var subType) ? subType.GetString() : null,
        message.TryGetProperty("url", out var url) ? Path.GetFileName(new Uri(url.GetString()!).LocalPath) : "",
        message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : null,
        message.GetProperty("message").GetString()!,
        message.TryGetProperty("extract", out var extract) ? extract.GetString() : null);

    public override string ToString() => $"{File}:{Line} {Type}{(SubType is null ? "" : "/" + SubType)}: {Message}  «{Extract?.ReplaceLineEndings(" ").Trim()}»";
}

/// <summary>A test that needs the site in Chromium's fixture and the Nu HTML Checker: skipped, saying which is missing.</summary>
public sealed class NuHtmlCheckerFactAttribute : FactAttribute
{
    public NuHtmlCheckerFactAttribute()
    {
        if (!Chromium.IsInstalled) Skip = $"Chromium is not installed at {Chromium.Path} (apt-get install -y chromium)";
        else if (NuHtmlChecker.Missing is { } missing) Skip = missing;
    }
}
