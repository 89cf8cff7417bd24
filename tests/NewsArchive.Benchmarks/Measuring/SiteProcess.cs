using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NewsArchive.Benchmarks.Measuring;

/// <summary>
/// The real site (the Release build of NewsArchive.Web) as a separate process on a loopback port, in Production,
/// logging warnings only, with the search rate limit off: measured the way readers meet it, over HTTP.
/// </summary>
internal sealed class SiteProcess : IDisposable
{
    private readonly Process _process;

    public HttpClient Http { get; }
    public int Id => _process.Id;

    private SiteProcess(Process process, Uri address)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public static SiteProcess Start(string webDll, string contentPath, string indexPath)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                webDll, "--urls", $"http://127.0.0.1:{port}", $"--Archive:ContentPath={contentPath}",
                $"--Archive:IndexPath={indexPath}", "--Archive:SearchRateLimit=0", "--Serilog:MinimumLevel:Default=Warning",
                "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("the site did not start");
        // Drain the output so the site never blocks on a full pipe; warnings are shown as they come.
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine($"  site: {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine($"  site: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiteProcess(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Waits until /health says the index is searchable; returns how long that took from now.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the site exited with code {_process.ExitCode}");
            try
            {
                using var response = await Http.GetAsync(new Uri("health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return clock.Elapsed;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the site was not ready within {limit}");
    }

    /// <summary>Processor time used so far (user and system), from /proc.</summary>
    public TimeSpan CpuTime()
    {
        var fields = File.ReadAllText($"/proc/{Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the ")" the fields start at "state" (field 3): utime is field 14, stime field 15.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Peak resident memory of the process so far (VmHWM), in MB.</summary>
    public double PeakMemoryMb() => ProcStatusMb("VmHWM:");

    public double MemoryMb() => ProcStatusMb("VmRSS:");

    private double ProcStatusMb(string field)
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>SIGTERM, as a service manager stops the site, then waits for it to finish.</summary>
    public void Stop()
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])) kill.WaitForExit();
        if (!_process.WaitForExit(60_000)) _process.Kill(entireProcessTree: true);
    }

    public void Dispose()
    {
        Stop();
        Http.Dispose();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
