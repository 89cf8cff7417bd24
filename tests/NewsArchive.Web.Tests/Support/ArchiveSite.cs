using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsArchive.Web.Tests.Support;

/// <summary>The site over a content folder of the test's choosing, with an index folder of its own.</summary>
public class ArchiveSite : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();
    private readonly Dictionary<string, string?> _settings = new();

    /// <param name="contentPath">The content folder; null leaves it to the site's own configuration.</param>
    public ArchiveSite(string? contentPath, string environment = "Development")
    {
        Environment = environment;
        if (contentPath is not null) _settings["Archive:ContentPath"] = contentPath;
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

/// <summary>
/// One site over a content folder that a fixture class writes, shared by the tests of a class: the folder is
/// written, the site started and its client ready before the first test.
/// </summary>
public abstract class FolderSite : IAsyncLifetime
{
    private readonly TempFolder _content = new();

    public ArchiveSite Site { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    protected abstract void Write(TempFolder content);

    /// <summary>Settings beyond the content and index paths.</summary>
    protected virtual ArchiveSite Configure(ArchiveSite site) => site;

    public async Task InitializeAsync()
    {
        Write(_content);
        Site = Configure(new ArchiveSite(_content.Path));
        Client = await Site.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        _content.Dispose();
    }
}

/// <summary>One site over <see cref="ArchiveFixtures"/>.</summary>
public sealed class FixtureSite : FolderSite
{
    protected override void Write(TempFolder content) => ArchiveFixtures.WriteTo(content);
}
