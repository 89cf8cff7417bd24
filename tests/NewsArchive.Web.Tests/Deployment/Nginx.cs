using System.Diagnostics;
using System.Text.RegularExpressions;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>
/// A real nginx (Debian's package) in front of replicas on loopback, run with the shipped
/// <c>deploy/nginx/newsarchive.conf</c>: only its upstream servers and listening port are changed for the test.
/// </summary>
public sealed partial class Nginx : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly TempFolder _prefix;

    private Nginx(Process process, TempFolder prefix, Uri address)
    {
        _process = process;
        _prefix = prefix;
        Address = address;
    }

    public Uri Address { get; }

    public static bool IsInstalled => File.Exists(Binary);

    public static async Task<Nginx> StartAsync(int port, IEnumerable<Uri> replicas)
    {
        var prefix = new TempFolder();
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "newsarchive.conf"));
        // The shipped server lines' parameters (max_fails and the like) are kept; only the addresses are the test's.
        var parameters = ServerLines().Match(shipped).Groups["parameters"].Value;
        var servers = string.Join("\n", replicas.Select(r => $"    server {r.Host}:{r.Port}{parameters};"));
        var site = ServerLines().Replace(shipped, "", count: int.MaxValue);
        site = site.Replace("upstream newsarchive {", "upstream newsarchive {\n" + servers, StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(prefix.Path, "logs"));
        await File.WriteAllTextAsync(Path.Combine(prefix.Path, "newsarchive.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(prefix.Path, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{prefix.Path}}/nginx.pid;
            error_log {{prefix.Path}}/logs/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{prefix.Path}}/body;
                proxy_temp_path {{prefix.Path}}/proxy;
                include {{prefix.Path}}/newsarchive.conf;
            }
            """);
        var start = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", prefix.Path, "-c", Path.Combine(prefix.Path, "nginx.conf") }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var address = new Uri($"http://127.0.0.1:{port}");
        using var probe = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited) throw new InvalidOperationException("nginx stopped: " + await process.StandardError.ReadToEndAsync());
            try
            {
                await probe.GetAsync(address);
                return new Nginx(process, prefix, address);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("nginx did not start listening");
    }

    public string ErrorLog => File.Exists(Path.Combine(_prefix.Path, "logs", "error.log"))
        ? File.ReadAllText(Path.Combine(_prefix.Path, "logs", "error.log"))
        : "";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _prefix.Dispose();
    }

    [GeneratedRegex(@"^\s*server [^\s;]+:\d+(?<parameters>[^;]*);\s*$\n?", RegexOptions.Multiline)]
    private static partial Regex ServerLines();
}

/// <summary>A test that needs nginx: skipped where it is not installed, but never in CI, which installs it.</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (!Nginx.IsInstalled && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"nginx is not installed at {Nginx.Binary} (apt-get install -y nginx)";
    }
}
