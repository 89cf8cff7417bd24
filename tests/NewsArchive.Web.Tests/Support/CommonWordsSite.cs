using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Search;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Tests.Support;

/// <summary>
/// An archive where one headline's words are in three articles of four (a price report quoted by a hundred and fifty
/// market bulletins, among fifty festival reports), served with counts estimated from a third of it once a query
/// matches three tenths (the festival reports are a quarter): a small archive that takes the path a million-article one takes for common words.
/// </summary>
public sealed class CommonWordsSite : IAsyncLifetime
{
    public const string Query = "giá xăng dầu trong nước tăng mạnh";
    public const string ReportSlug = "gia-xang-dau-trong-nuoc-tang-manh-tu-chieu-nay";
    public const int Bulletins = 150;
    public const int Matching = Bulletins + 1;
    public static readonly CountEstimation Estimation = new(Share: 0.3, SampleShare: 0.3, MinimumSample: 10);

    private readonly TempFolder _content = new();
    private EstimatingSite _site = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _content.Write("bao-cao.md", """
            ---
            title: Giá xăng dầu trong nước tăng mạnh từ chiều nay
            date: 2024-06-03T15:00:00+07:00
            source: Báo Tuổi Trẻ
            ---
            Giá xăng dầu trong nước tăng mạnh từ chiều nay theo thông báo của liên bộ. Giá xăng dầu tăng lần thứ ba trong tháng.
            """);
        // Bulletins and festival reports take turns in the folder's order, as sources and years do in a real one.
        for (var i = 0; i < Bulletins + 50; i++)
        {
            var date = new DateTimeOffset(2020 + i % 5, 1 + i % 12, 1 + i % 28, 8, 0, 0, TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            var source = i % 2 == 0 ? "Báo Nhân Dân" : "Báo Thanh Niên";
            var text = i % 4 == 3
                ? $"title: Lễ hội đua ghe ngo ở Sóc Trăng số {i}\ndate: {date}\nsource: {source}\n---\nHàng chục đội ghe ngo tranh tài trên sông Maspero trong tiếng trống rộn ràng.\n"
                : $"title: Bản tin thị trường số {i}\ndate: {date}\nsource: {source}\n---\nThị trường hôm nay: giá xăng dầu trong nước tăng mạnh từ chiều nay, các mặt hàng khác ít biến động. Người tiêu dùng cân nhắc chi tiêu.\n";
            _content.Write($"bai/{i:D3}.md", "---\n" + text);
        }
        _site = new EstimatingSite(_content.Path);
        Client = await _site.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _content.Dispose();
    }

    private sealed class EstimatingSite(string content) : ArchiveSite(content)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.AddSingleton<IArchiveSearch>(sp => new ArchiveSearch(sp.GetRequiredService<CurrentIndex>(), Estimation)));
        }
    }
}
