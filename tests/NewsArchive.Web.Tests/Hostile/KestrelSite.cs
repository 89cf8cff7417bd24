using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// The site over <see cref="ArchiveFixtures"/> on a real Kestrel port in Production: the in-memory test server
/// neither parses raw request lines nor applies Kestrel's limits, and those are what hostile clients meet.
/// </summary>
public sealed class KestrelSite : IAsyncLifetime
{
    private readonly TempFolder _content = new();
    private ArchiveSite _site = null!;

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ArchiveFixtures.WriteTo(_content);
        _site = new ArchiveSite(_content.Path, environment: "Production").With("Archive:SearchRateLimit", "0");
        _site.UseKestrel(0);
        _site.StartServer();
        var addresses = _site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Address = new Uri(addresses.First());
        Client = new HttpClient { BaseAddress = Address };
        for (var attempt = 0; attempt < 200 && !(await Client.GetAsync("/health")).IsSuccessStatusCode; attempt++)
            await Task.Delay(50);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _site.DisposeAsync();
        _content.Dispose();
    }
}
