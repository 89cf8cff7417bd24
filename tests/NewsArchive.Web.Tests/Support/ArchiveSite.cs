using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsArchive.Web.Tests.Support;

/// <summary>The site over a content folder of the test's choosing, with an index folder of its own.</summary>
public class ArchiveSite : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();
    private readonly Dictionary<string, string?> _settings = new();

    public ArchiveSite(string contentPath, string environment = "Development")
    {
        Environment = environment;
        _settings["Archive:ContentPath"] = contentPath;
        _settings["Archive:IndexPath"] = Path.Combine(_data.Path, "index");
    }

    public string Environment { get; }

    public ArchiveSite With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>A client once the archive has loaded (/health says ready).</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if ((await client.GetAsync("/health")).IsSuccessStatusCode) return client;
            await Task.Delay(50);
        }
        throw new TimeoutException("the archive did not become ready");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _data.Dispose();
    }
}

/// <summary>One site over <see cref="ArchiveFixtures"/>, shared by the tests of a class.</summary>
public sealed class FixtureSite : IAsyncLifetime
{
    private readonly TempFolder _content = new();

    public ArchiveSite Site { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ArchiveFixtures.WriteTo(_content);
        Site = new ArchiveSite(_content.Path);
        Client = await Site.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        _content.Dispose();
    }
}
