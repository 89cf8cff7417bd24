using System.Diagnostics;
using System.Globalization;

namespace NewsArchive.Benchmarks.Measuring;

/// <summary>
/// The real site (the Release build of NewsArchive.Web) as the benchmarks run it: a <see cref="SiteProcess"/> in
/// Production on a loopback port, logging warnings only (shown as they come), with the search rate limit off;
/// measured the way readers meet it, over HTTP, and through <c>/proc</c>.
/// </summary>
internal static class MeasuredSite
{
    public static SiteProcess Start(string webDll, string contentPath, string indexPath)
    {
        var site = SiteProcess.Start(webDll, new Dictionary<string, string>(),
            $"--Archive:ContentPath={contentPath}", $"--Archive:IndexPath={indexPath}", "--Archive:SearchRateLimit=0",
            "--Serilog:MinimumLevel:Default=Warning", "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning");
        site.OutputLine += line => { if (line.Length > 0) Console.Error.WriteLine($"  site: {line}"); };
        return site;
    }

    /// <summary>Waits until /health says the index is searchable: how long that took from now, and a client for the requests.</summary>
    public static async Task<(TimeSpan Ready, HttpClient Http)> WaitUntilReadyAsync(this SiteProcess site, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var http = await site.ReadyClientAsync(limit);
        return (clock.Elapsed, http);
    }

    /// <summary>SIGTERM, as a service manager stops the site, then waits for it to finish (the index commits).</summary>
    public static async Task StopAsync(this SiteProcess site)
    {
        site.Terminate();
        try
        {
            await site.ExitCodeAsync(TimeSpan.FromMinutes(1));
        }
        catch (OperationCanceledException)
        {
            await site.KillAsync();
        }
    }

    /// <summary>Processor time used so far (user and system), from /proc.</summary>
    public static TimeSpan CpuTime(this SiteProcess site)
    {
        var fields = File.ReadAllText($"/proc/{site.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the ")" the fields start at "state" (field 3): utime is field 14, stime field 15.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Peak resident memory of the process so far (VmHWM), in MB.</summary>
    public static double PeakMemoryMb(this SiteProcess site) => ProcStatusMb(site, "VmHWM:");

    public static double MemoryMb(this SiteProcess site) => ProcStatusMb(site, "VmRSS:");

    private static double ProcStatusMb(SiteProcess site, string field)
    {
        var line = File.ReadLines($"/proc/{site.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
}
