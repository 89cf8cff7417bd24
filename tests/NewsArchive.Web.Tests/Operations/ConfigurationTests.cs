using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using NewsArchive.Web.Tests.Support;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Tests.Operations;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_content_folder_that_does_not_exist_stops_start_up_with_one_line_naming_the_key()
    {
        await using var site = SiteProcess.Start(SiteProcess.BuiltApp, new Dictionary<string, string>(), "--Archive:ContentPath=/no/such/folder/anywhere");

        Assert.Equal(1, await site.ExitCodeAsync(TimeSpan.FromSeconds(60)));
        var lines = site.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains("Archive:ContentPath", line);
        Assert.Contains("/no/such/folder/anywhere", line);
    }

    [Fact]
    public async Task An_index_inside_the_content_folder_stops_start_up_naming_the_key()
    {
        using var content = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["Archive__ContentPath"] = content.Path,
            ["Archive__IndexPath"] = Path.Combine(content.Path, "index"),
        };
        await using var site = SiteProcess.Start(SiteProcess.BuiltApp, environment);

        Assert.Equal(1, await site.ExitCodeAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Archive:IndexPath", Assert.Single(site.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData(nameof(ArchiveOptions.PageSize), 0, null, "Archive:PageSize")]
    [InlineData(nameof(ArchiveOptions.PageSize), 101, null, "Archive:PageSize")]
    [InlineData(nameof(ArchiveOptions.BaseUrl), 20, "ftp://example.vn", "Archive:BaseUrl")]
    [InlineData(nameof(ArchiveOptions.SearchRateLimit), -1, null, "Archive:SearchRateLimit")]
    public void Out_of_range_settings_are_refused_naming_the_key(string setting, int number, string? text, string key)
    {
        using var content = new TempFolder();
        var options = new ArchiveOptions { ContentPath = content.Path };
        if (setting == nameof(ArchiveOptions.PageSize)) options.PageSize = number;
        if (setting == nameof(ArchiveOptions.BaseUrl)) options.BaseUrl = text;
        if (setting == nameof(ArchiveOptions.SearchRateLimit)) options.SearchRateLimit = number;
        var setup = new ArchiveOptionsSetup(new TestEnvironment(content.Path));
        setup.PostConfigure(null, options);

        var result = setup.Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(key + ":", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_size_setting_sets_how_many_articles_a_page_shows()
    {
        using var content = new TempFolder();
        ArchiveFixtures.WriteTo(content);
        await using var site = new ArchiveSite(content.Path).With("Archive:PageSize", "5");
        var client = await site.ReadyClientAsync();

        var page = await client.GetPageAsync("/");

        Assert.Equal(5, page.QuerySelectorAll(".article-list > li").Length);
        Assert.Contains("Trang 1 / 6", page.QuerySelector(".pager")!.TextContent);
    }

    [Fact]
    public async Task A_configured_source_name_replaces_what_the_file_calls_it()
    {
        using var content = new TempFolder();
        ArchiveFixtures.WriteTo(content);
        await using var site = new ArchiveSite(content.Path).With("Archive:Sources:baocantho.com.vn", "Báo Cần Thơ điện tử");
        var client = await site.ReadyClientAsync();

        var page = await client.GetPageAsync("/articles/ban-tin-nong-nghiep-so-1");

        Assert.Equal("Báo Cần Thơ điện tử", page.QuerySelector(".attribution .publication")?.TextContent);
    }

    [Fact]
    public async Task The_shipped_content_folder_is_the_default_and_loads_without_a_rejected_file()
    {
        // As `dotnet run` starts it: Development, whose appsettings point at the repository's content/.
        await using var site = new ArchiveSite(contentPath: null);
        var client = await site.ReadyClientAsync();

        var health = await client.GetStringAsync("/health");

        Assert.Contains("\"articles\":1", health);
        Assert.Contains("\"rejectedFiles\":0", health);
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "NewsArchive.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
