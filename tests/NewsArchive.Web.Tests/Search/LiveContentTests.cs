using System.Text.Json;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Search;

/// <summary>Files added to or removed from the content folder while the site runs show in search within seconds.</summary>
public sealed class LiveContentTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempFolder _content = new();
    private ArchiveSite _site = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        SearchFixtures.WriteTo(_content);
        _site = new ArchiveSite(_content.Path).With("Archive:SearchRateLimit", "0");
        _client = await _site.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _content.Dispose();
    }

    private async Task<int> TotalAsync(string query)
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>Asks again and again until the search finds <paramref name="expected"/> articles, or gives up.</summary>
    private async Task<int> WaitForTotalAsync(string query, int expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        var total = await TotalAsync(query);
        while (total != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            total = await TotalAsync(query);
        }
        return total;
    }

    [Fact]
    public async Task A_file_added_while_the_site_runs_becomes_searchable()
    {
        Assert.Equal(0, await TotalAsync("cá tra"));

        _content.Write("2024/ca-tra.md", """
            ---
            title: Giá cá tra xuất khẩu phục hồi
            date: 2024-03-01
            ---
            Các nhà máy chế biến cá tra ở Đồng Tháp tăng ca để kịp đơn hàng.
            """);

        Assert.Equal(1, await WaitForTotalAsync("ca tra", 1));
    }

    [Fact]
    public async Task A_file_deleted_while_the_site_runs_disappears_from_search()
    {
        Assert.Equal(1, await TotalAsync("lang chai"));

        File.Delete(Path.Combine(_content.Path, "ghi-chep/lang-chai.txt"));

        Assert.Equal(0, await WaitForTotalAsync("lang chai", 0));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync("/articles/" + SearchFixtures.NoteSlug)).StatusCode);
    }

    [Fact]
    public async Task A_file_changed_while_the_site_runs_is_found_by_its_new_words()
    {
        var path = Path.Combine(_content.Path, "2023/mua-lu.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("học sinh được nghỉ học", "người dân sơ tán khẩn cấp", StringComparison.Ordinal));

        Assert.Equal(1, await WaitForTotalAsync("sơ tán khẩn cấp", 1));
        Assert.Equal(0, await TotalAsync("nghỉ học"));
    }
}
