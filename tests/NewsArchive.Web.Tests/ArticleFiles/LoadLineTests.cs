using NewsArchive.Web.Tests.Hostile;
using NewsArchive.Web.Tests.Support;
using Serilog.Events;

namespace NewsArchive.Web.Tests.ArticleFiles;

/// <summary>The one line each sync writes: words in the singular when there is one, and a refused file never counted as an article.</summary>
public sealed class LoadLineTests : IAsyncLifetime
{
    private readonly TempFolder _content = new();
    private LoggedSite _site = null!;

    public async Task InitializeAsync()
    {
        _content.Write("tot.md", "---\ntitle: Mùa lúa bội thu\ndate: 2024-04-02\n---\nNội dung bài viết.\n");
        _content.Write("hong.md", "Không có tiêu đề.\n");
        _site = new LoggedSite(_content.Path);
        await _site.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _content.Dispose();
    }

    private IEnumerable<string> Lines(string start) =>
        _site.Log.Events.Where(e => e.Level == LogEventLevel.Information).Select(LogCapture.Text).Where(m => m.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public async Task One_article_and_one_refused_file_are_counted_in_the_singular_and_removing_the_refused_file_removes_no_article()
    {
        Assert.Matches(@"^Index ready: 1 article \(1 added, 0 changed, 0 removed\), 1 file refused, in \d+ ms$", await _site.Log.LineAsync("Index ready"));

        File.Delete(Path.Combine(_content.Path, "hong.md"));
        await Task.Delay(TimeSpan.FromSeconds(3));
        File.Delete(Path.Combine(_content.Path, "tot.md"));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!Lines("Content changed").Any(l => l.Contains("1 removed", StringComparison.Ordinal)) && DateTime.UtcNow < deadline) await Task.Delay(100);

        var changes = Lines("Content changed").ToList();
        Assert.Matches(@"^Content changed: 0 articles \(0 added, 0 changed, 1 removed\), 0 files refused, in \d+ ms$", Assert.Single(changes));
    }
}
