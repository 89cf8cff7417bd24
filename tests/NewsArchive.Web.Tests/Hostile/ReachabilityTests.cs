namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// Only what the site publishes is reachable: no path trick reaches source, configuration, the content files,
/// the app's own files or <c>.git</c>. Sent raw to Kestrel, as an attacker would send them.
/// </summary>
public sealed class ReachabilityTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    /// <summary>Text found in the files an attacker is after; none may ever appear in a response.</summary>
    private static readonly string[] FileContents =
    [
        "\"Serilog\"",              // appsettings.json
        "[core]", "gitdir:",        // .git/config, a worktree's .git
        "namespace NewsArchive",    // source
        "@model", "@inject",        // views
        "<Project Sdk",             // project files
        "source_url:", "title: Bản tin", // article files as written
        "root:x:0",                 // /etc/passwd
        "\"runtimeTarget\"", "\"runtimeOptions\"", // the app's deps and runtimeconfig
        "This program cannot be run in DOS mode", // the app's DLL
    ];

    public static TheoryData<string> Targets => new()
    {
        "/../appsettings.json",
        "/../../../../etc/passwd",
        "/css/../../appsettings.json",
        "/%2e%2e/appsettings.json",
        "/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/css/%2e%2e/%2e%2e/appsettings.json",
        "/..%2fappsettings.json",
        "/css/..%2f..%2f..%2fProgram.cs",
        "/%252e%252e/appsettings.json",
        "/%252e%252e%252fappsettings.json",
        "/..%5cappsettings.json",
        "/css\\..\\..\\appsettings.json",
        "/..\\..\\Program.cs",
        "/%5c..%5c..%5cappsettings.json",
        "//etc/passwd",
        "/%2f%2fetc/passwd",
        "/etc/passwd",
        "/.git/config",
        "/.git/HEAD",
        "/.git",
        "/../.git/config",
        "/../../../.git/config",
        "/appsettings.json",
        "/appsettings.Development.json",
        "/Program.cs",
        "/src/NewsArchive.Web/Program.cs",
        "/src/NewsArchive.Web/appsettings.json",
        "/NewsArchive.Web.csproj",
        "/Views/Shared/_Layout.cshtml",
        "/Views/_ViewImports.cshtml",
        "/NewsArchive.Web.dll",
        "/NewsArchive.Web.deps.json",
        "/NewsArchive.Web.runtimeconfig.json",
        "/bin/Debug/net10.0/appsettings.json",
        "/content/an-giang-ban-chi-dao-35.txt",
        "/content/2024/01/ban-tin-01.md",
        "/2024/01/ban-tin-01.md",
        "/an-giang-ban-chi-dao-35.txt",
        "/wwwroot/../appsettings.json",
        "/css/site.css/../../appsettings.json",
        "/css/site.css%00.json",
        "/articles/..%2f..%2fappsettings.json",
        "/articles/%2e%2e%2f%2e%2e%2fappsettings.json",
        "/api/articles/..%2f..%2fappsettings.json",
        "/search?q=../../appsettings.json",
        "/sitemap-..%2f..%2fappsettings.xml",
        "/%c0%ae%c0%ae/appsettings.json",
        "/%uff0e%uff0e/appsettings.json",
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task A_path_trick_gets_a_404_or_400_and_never_a_file(string target)
    {
        var response = await RawRequest.GetAsync(site.Address, target);

        if (target.StartsWith("/search?", StringComparison.Ordinal)) Assert.Equal(200, response.StatusCode); // a query is just words
        else Assert.Contains(response.StatusCode, new[] { 400, 404 });
        foreach (var secret in FileContents) Assert.DoesNotContain(secret, response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_published_files_themselves_are_served()
    {
        Assert.Equal(200, (await RawRequest.GetAsync(site.Address, "/css/site.css")).StatusCode);
        Assert.Equal(200, (await RawRequest.GetAsync(site.Address, "/articles/ban-tin-nong-nghiep-so-1")).StatusCode);
    }
}
