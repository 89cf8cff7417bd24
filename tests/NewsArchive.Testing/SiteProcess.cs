using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsArchive.Testing;

/// <summary>The site as a real process (<c>dotnet NewsArchive.Web.dll</c>), for what only a real start-up shows.</summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiteProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The process id: what <c>/proc</c> knows it by.</summary>
    public int Id => _process.Id;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Each line of output as it comes, besides <see cref="Output"/>: for a tool that shows the site's warnings live.</summary>
    public event Action<string>? OutputLine;

    /// <summary>The app as built next to this test run, in the same configuration (Debug or Release).</summary>
    public static string BuiltApp
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
            return Path.Combine(RepositoryPaths.Root, "src", "NewsArchive.Web", "bin", configuration, "net10.0", "NewsArchive.Web.dll");
        }
    }

    public static SiteProcess Start(string appDll, IDictionary<string, string> environment, params string[] args) =>
        StartAt(new Uri($"http://127.0.0.1:{FreePort()}"), appDll, environment, args);

    /// <summary>The site on a given address: a replica restarted where the balancer expects it.</summary>
    public static SiteProcess StartAt(Uri address, string appDll, IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
        };
        start.ArgumentList.Add(appDll);
        start.ArgumentList.Add("--urls=" + address);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var site = new SiteProcess(process, address);
        process.OutputDataReceived += (_, e) => site.Append(e.Data);
        process.ErrorDataReceived += (_, e) => site.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return site;
    }

    /// <summary>Asks the site to stop as a service manager does (SIGTERM): requests in flight finish, the index commits.</summary>
    public void Terminate()
    {
        if (Kill(_process.Id, Sigterm) != 0) throw new InvalidOperationException("kill(SIGTERM) failed: " + Marshal.GetLastPInvokeError());
    }

    /// <summary>Ends the process at once (SIGKILL), as a crash, the OOM killer or a pulled plug would.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Waits for the process to end by itself; its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    public async Task<HttpClient> ReadyClientAsync(TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("the site exited:\n" + Output);
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return client;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the site did not become ready:\n" + Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        OutputLine?.Invoke(line);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
