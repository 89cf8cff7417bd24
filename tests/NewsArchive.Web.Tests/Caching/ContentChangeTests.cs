using System.Net;
using System.Net.Http.Headers;
using NewsArchive.Web.Tests.Support;
using C = NewsArchive.Web.Tests.Caching.CacheFixtures;

namespace NewsArchive.Web.Tests.Caching;

/// <summary>A changed article file reaches readers within seconds although its pages were cached for an hour.</summary>
public sealed class ContentChangeTests : IAsyncLifetime
{
    private const string NewTitle = "Giá lúa Hè Thu tăng mạnh, nông dân phấn khởi";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly TempFolder _content = new();
    private ArchiveSite _site = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        C.WriteTo(_content);
        _site = new ArchiveSite(_content.Path).With("Archive:PageSize", "2");
        _client = await _site.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _content.Dispose();
    }

    private async Task<string?> TitleAsync(string url) =>
        (await _client.GetPageAsync(url)).QuerySelector("h1")?.TextContent.Trim();

    private void RetitleRiceReport()
    {
        var path = Path.Combine(_content.Path, C.RiceFile);
        var before = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, C.Rice(NewTitle));
        File.SetLastWriteTimeUtc(path, before.AddMinutes(1));
    }

    /// <summary>Asks again until the article shows <paramref name="title"/>, or gives up.</summary>
    private async Task<string?> WaitForTitleAsync(string url, string title)
    {
        var deadline = DateTime.UtcNow + Patience;
        var shown = await TitleAsync(url);
        while (shown != title && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            shown = await TitleAsync(url);
        }
        return shown;
    }

    [Fact]
    public async Task A_cached_article_and_list_show_the_new_title_once_the_file_changes()
    {
        const string article = "/articles/" + C.RiceSlug;
        Assert.Equal(C.RiceTitle, await TitleAsync(article));
        Assert.NotNull((await _client.GetAsync(article)).Headers.Age); // cached now

        RetitleRiceReport();

        Assert.Equal(NewTitle, await WaitForTitleAsync(article, NewTitle));
        var home = await _client.GetPageAsync("/");
        Assert.Contains(NewTitle, home.QuerySelectorAll(".article-list h2 a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task The_etag_changes_with_the_content_and_the_old_one_no_longer_matches()
    {
        const string article = "/articles/" + C.RiceSlug;
        var before = (await _client.GetAsync(article)).Headers.ETag!;

        RetitleRiceReport();
        Assert.Equal(NewTitle, await WaitForTitleAsync(article, NewTitle));

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, article);
        revalidate.Headers.IfNoneMatch.Add(before);
        var response = await _client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, response.Headers.ETag);
        Assert.True(response.Headers.ETag?.IsWeak);
    }
}
