using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Operations;

public sealed class StaticFilesTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task The_stylesheet_from_the_top_level_wwwroot_is_served_in_every_environment(string environment)
    {
        using var content = new TempFolder();
        await using var site = new ArchiveSite(content.Path, environment);
        var client = await site.ReadyClientAsync();

        var home = await client.GetPageAsync("/");
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var css = await client.GetAsync(stylesheet);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("prefers-color-scheme: dark", await css.Content.ReadAsStringAsync());
        Assert.Contains("immutable", css.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task An_empty_archive_says_so_on_the_home_page()
    {
        using var content = new TempFolder();
        await using var site = new ArchiveSite(content.Path);
        var client = await site.ReadyClientAsync();

        var home = await client.GetPageAsync("/");

        Assert.Contains("chưa có bài viết nào", home.QuerySelector("main")!.TextContent);
    }
}
