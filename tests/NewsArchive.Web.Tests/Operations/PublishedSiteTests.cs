using System.Diagnostics;
using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Operations;

/// <summary><c>dotnet publish</c> output, run as the container runs it: Production, paths from configuration.</summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly TempFolder _output = new();

    public string AppDll => Path.Combine(_output.Path, "NewsArchive.Web.dll");

    public async Task InitializeAsync()
    {
        var publish = new ProcessStartInfo("dotnet", ["publish", Path.Combine(RepositoryPaths.Root, "src", "NewsArchive.Web"), "-c", "Release", "-o", _output.Path, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(publish)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException("dotnet publish failed:\n" + output);
    }

    public Task DisposeAsync()
    {
        _output.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class PublishedSiteTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    [Fact]
    public async Task The_published_site_serves_pages_and_styles_from_its_own_folder()
    {
        using var content = new TempFolder();
        using var data = new TempFolder();
        ArchiveFixtures.WriteTo(content);
        await using var site = SiteProcess.Start(app.AppDll, new Dictionary<string, string>
        {
            ["Archive__ContentPath"] = content.Path,
            ["Archive__IndexPath"] = Path.Combine(data.Path, "index"),
        });
        var client = await site.ReadyClientAsync(TimeSpan.FromSeconds(60));

        var home = await Html.ParseAsync(await client.GetAsync("/"));
        var css = await client.GetAsync(home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        var article = await client.GetAsync("/articles/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang");

        Assert.Equal(20, home.QuerySelectorAll(".article-list > li").Length);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/favicon.svg")).StatusCode);
    }

    [Fact]
    public async Task A_broken_file_is_logged_once_by_name_with_its_reason_and_the_load_is_reported()
    {
        using var content = new TempFolder();
        using var data = new TempFolder();
        ArchiveFixtures.WriteTo(content);
        await using var site = SiteProcess.Start(app.AppDll, new Dictionary<string, string>
        {
            ["Archive__ContentPath"] = content.Path,
            ["Archive__IndexPath"] = Path.Combine(data.Path, "index"),
        });
        await site.ReadyClientAsync(TimeSpan.FromSeconds(60));

        var warnings = site.Output.Split('\n').Where(l => l.Contains("WRN")).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("hong/thieu-tieu-de.md", warning);
        Assert.Contains("the front matter has no 'title'", warning);
        Assert.Contains($"Index ready: {ArchiveFixtures.ArticleCount} articles", site.Output);
    }

    [Fact]
    public async Task The_shipped_content_loads_without_a_single_warning()
    {
        using var data = new TempFolder();
        await using var site = SiteProcess.Start(app.AppDll, new Dictionary<string, string>
        {
            ["Archive__ContentPath"] = RepositoryPaths.ShippedContent,
            ["Archive__IndexPath"] = Path.Combine(data.Path, "index"),
        });
        await site.ReadyClientAsync(TimeSpan.FromSeconds(60));

        Assert.DoesNotContain("WRN", site.Output);
        Assert.Contains("Index ready: 1 article (1 added, 0 changed, 0 removed), 0 files refused, in ", site.Output);
    }
}
