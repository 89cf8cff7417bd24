using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsArchive.Browser.Tests.Support;

/// <summary>The site on a real Kestrel port (a browser cannot reach the in-memory test server).</summary>
public sealed class BrowserSite : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BrowserSite(string contentPath, string indexPath)
    {
        _settings = new()
        {
            ["Archive:ContentPath"] = contentPath,
            ["Archive:IndexPath"] = indexPath,
            // Typing in the search box asks /api/suggest at every pause; one test client must not be rate limited.
            ["Archive:SearchRateLimit"] = "0",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // What readers get: no developer pages, the same static files and headers as in production.
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>Starts Kestrel and answers the address it listens on.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }
}
