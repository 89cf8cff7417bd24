using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsArchive.Web.IndexKeeping;
using NewsArchive.Web.Discovery;

namespace NewsArchive.Web.Tests.Support;

/// <summary>
/// The site over <see cref="SearchFixtures"/> with a public address configured (<c>Archive:BaseUrl</c>), as feeds and
/// sitemaps are served in production; shared by the tests of a class.
/// </summary>
public class DiscoverySite : IAsyncLifetime
{
    public const string BaseUrl = "https://tin.example.vn";
    public const string SiteName = "Kho Tin Miền Trung";

    private readonly TempFolder _content = new();
    private ArchiveSite _site = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Changes to the site a fixture needs, on top of the configuration.</summary>
    private protected virtual WebApplicationFactory<Program> Adjust(ArchiveSite site) => site;

    private protected virtual bool WaitsForArchive => true;

    public async Task InitializeAsync()
    {
        SearchFixtures.WriteTo(_content);
        _site = new ArchiveSite(_content.Path)
            .With("Archive:BaseUrl", BaseUrl)
            .With("Archive:SiteName", SiteName)
            .With("Archive:PageSize", SearchFixtures.PageSize.ToString(CultureInfo.InvariantCulture))
            .With("Archive:SearchRateLimit", "0");
        Client = Adjust(_site).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var attempt = 0; WaitsForArchive && !(await Client.GetAsync("/health")).IsSuccessStatusCode; attempt++)
        {
            if (attempt == 200) throw new TimeoutException("the archive did not become ready");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync(); // also disposes the factory Adjust derived from it
        _content.Dispose();
    }
}

/// <summary>The same site with at most five URLs a sitemap file, so ten articles need a sitemap index.</summary>
public sealed class SmallSitemapSite : DiscoverySite
{
    public const int UrlsPerFile = 5;

    private protected override WebApplicationFactory<Program> Adjust(ArchiveSite site) =>
        site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(new SitemapLimit(UrlsPerFile))));
}

/// <summary>The same site whose archive never finishes loading: nothing opens the index.</summary>
public sealed class LoadingSite : DiscoverySite
{
    private protected override bool WaitsForArchive => false;

    private protected override WebApplicationFactory<Program> Adjust(ArchiveSite site) =>
        site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var keeper = services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationFactory?.Method.ReturnType == typeof(IndexKeeper));
            services.Remove(keeper);
        }));
}
