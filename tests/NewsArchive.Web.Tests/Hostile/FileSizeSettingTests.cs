using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using NewsArchive.Web.Tests.Support;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary><c>Archive:MaxFileSizeMB</c>: from 1 to 1024 megabytes, 8 unless set; anything else stops start-up naming the key.</summary>
public sealed class FileSizeSettingTests
{
    private static (ArchiveOptions Options, ArchiveOptionsSetup Setup) Configured(string contentPath, int? megabytes)
    {
        var options = new ArchiveOptions { ContentPath = contentPath };
        if (megabytes is { } value) options.MaxFileSizeMB = value;
        var setup = new ArchiveOptionsSetup(new Environment(contentPath));
        setup.PostConfigure(null, options);
        return (options, setup);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-8)]
    [InlineData(1025)]
    public void Out_of_range_sizes_are_refused_naming_the_key(int megabytes)
    {
        using var content = new TempFolder();
        var (options, setup) = Configured(content.Path, megabytes);

        var failure = Assert.Single(setup.Validate(null, options).Failures!);

        Assert.StartsWith("Archive:MaxFileSizeMB:", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1024)]
    public void Sizes_at_the_edges_are_accepted(int megabytes)
    {
        using var content = new TempFolder();
        var (options, setup) = Configured(content.Path, megabytes);

        Assert.True(setup.Validate(null, options).Succeeded);
        Assert.Equal(megabytes * 1024L * 1024L, options.MaxFileBytes);
    }

    [Fact]
    public void The_default_is_eight_megabytes()
    {
        Assert.Equal(8 * 1024 * 1024, new ArchiveOptions().MaxFileBytes);
    }

    [Fact]
    public async Task A_bad_size_stops_the_real_app_with_one_line_naming_the_key()
    {
        using var content = new TempFolder();
        await using var site = SiteProcess.Start(SiteProcess.BuiltApp, new Dictionary<string, string>(),
            "--Archive:ContentPath=" + content.Path, "--Archive:MaxFileSizeMB=0");

        Assert.Equal(1, await site.ExitCodeAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Archive:MaxFileSizeMB", Assert.Single(site.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "NewsArchive.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
