using NewsArchive.Search.Querying;
using NewsArchive.Search;

namespace NewsArchive.Search.Tests.Support;

/// <summary>
/// A read-only archive of Vietnamese articles written for the search tests, spread over 2022–2024 and a few
/// sources, two of them undated. Pairs of articles are built so that only the feature under test tells them apart.
/// </summary>
public sealed class SearchCorpus : IDisposable
{
    public const string TuoiTre = "Báo Tuổi Trẻ";
    public const int TuoiTreCount = 4;
    public const int Count = 19;
    public const int UndatedCount = 2;

    // Titles the tests look for.
    public const string Peace = "Khát vọng hòa bình của những người lính già";
    public const string FlowerVase = "Cắm hoa trong bình gốm cho ngày Tết";
    public const string KiThuat = "Trường nghề đào tạo thợ ô tô";
    public const string KyThuat = "Hội thảo về canh tác lúa";
    public const string Selling = "Thị trường nhà đất cuối năm";
    public const string Tables = "Xưởng mộc làng nghề cuối năm";
    public const string Road = "Con đường mới về xã đảo";
    public const string Ocean = "Bảo vệ đại dương khỏi rác nhựa";
    public const string Singer = "Ca sĩ Ánh Dương ra mắt album đầu tay";
    public const string FarmingAdjacent = "Vùng ven sông đổi mới";
    public const string FarmingScattered = "Vùng ven sông đổi thay";
    public const string ExpresswayInTitle = "Khởi công cao tốc miền Tây";
    public const string ExpresswayInBody = "Giao thông miền Tây tuần này";
    public const string Hanoi = "Mùa thu Hà Nội";
    public const string HaGiang = "Chuyến đi Hà Giang mùa lúa chín";
    public const string MenFootball = "Đội tuyển bóng đá nam thắng đậm";
    public const string WomenFootball = "Đội tuyển bóng đá nữ vào chung kết";
    public const string HtmlTags = "Mẹo định dạng chữ trên trang web";
    public const string Pottery = "Ghi chép về làng gốm";

    private readonly TestArchive _archive = new();

    public SearchCorpus()
    {
        Md("2022/hoa-binh.md", Peace, "2022-04-30", TuoiTre,
            "Những cựu binh kể lại ký ức chiến tranh và niềm mong mỏi hòa bình lâu dài cho quê hương.");
        Md("2022/cam-hoa.md", FlowerVase, "2022-01-20", "Báo Phụ Nữ",
            "Nghệ nhân chỉ cách chọn hoa đào cho đẹp rồi đặt vào bình gốm men lam.");
        Md("2023/ki-thuat.md", KiThuat, "2023-03-10", "Báo Lao Động Thủ Đô",
            "Học viên được dạy kĩ thuật sửa xe trong sáu tháng.");
        Md("2023/ky-thuat.md", KyThuat, "2023-03-12", "Báo Nông Nghiệp",
            "Các chuyên gia chia sẻ kỹ thuật gieo sạ tiết kiệm giống.");

        // Same length, same letters once folded: only the tones of bán and bàn tell them apart. Tables is newer.
        Md("2023/ban-nha.md", Selling, "2023-05-04", TuoiTre,
            "Chủ nhà cần bán gấp, người bán giảm giá, môi giới bán nhanh rồi bàn giao.");
        Md("2023/ban-ghe.md", Tables, "2023-05-05T23:30:00+07:00", null,
            "Xưởng mộc làm bàn gấp, người thợ bàn giá, nhà đóng bàn nhanh rồi bán lại.");

        Md("2023/con-duong.md", Road, "2023-05-05T17:30:00Z", null,
            "Tuyến đường bê tông nối bến phà với trung tâm xã vừa thông xe.");
        Md("2023/dai-duong.md", Ocean, "2023-05-07", null,
            "Tình nguyện viên nhặt rác trên bãi biển để giữ sạch đại dương.");
        Md("2023/ca-si.md", Singer, "2023-06-01", "Báo Văn Hóa",
            "Giọng ca trẻ Ánh Dương giới thiệu mười bài hát về tuổi thơ.");

        // Same length, each syllable once: adjacent in one, far apart in the other, which is newer.
        Md("2024/nong-nghiep-sach.md", FarmingAdjacent, "2024-01-10", "Báo Nông Nghiệp",
            "Huyện ven sông phát triển nông nghiệp sạch theo hướng bền vững lâu dài.");
        Md("2024/nong-trai-cu.md", FarmingScattered, "2024-01-11", "Báo Nông Nghiệp",
            "Huyện ven sông có nông trại cũ, còn doanh nghiệp mới thì chuyển hướng.");

        // The body-only article is newer and says it twice.
        Md("2024/khoi-cong.md", ExpresswayInTitle, "2024-02-01", null,
            "Dự án cao tốc dài năm mươi cây số dự kiến hoàn thành sau ba năm.");
        Md("2024/giao-thong.md", ExpresswayInBody, "2024-02-02", null,
            "Tuyến cao tốc qua tỉnh đông xe dịp cuối tuần, cao tốc này sắp mở rộng.");

        Md("2024/ha-noi.md", Hanoi, "2024-03-01", null,
            "Hà Nội vào thu với gió heo may và hương hoa sữa trên phố cổ.");
        Md("2024/ha-giang.md", HaGiang, "2024-03-02", null,
            "Du khách lên Hà Giang ngắm ruộng bậc thang rồi mua đồ nội thất gỗ làm quà.");

        Md("2024/bong-da-nam.md", MenFootball, "2024-04-01", TuoiTre,
            "Đội tuyển bóng đá nam thắng ba bàn trong trận giao hữu.");
        Md("2024/bong-da-nu.md", WomenFootball, "2024-04-02", TuoiTre,
            "Đội tuyển bóng đá nữ thắng trên chấm phạt đền để vào chung kết.");

        _archive.Write("khac/the-html.txt", $"""
            {HtmlTags}

            Người viết gõ thẻ <b>x</b> quanh một chữ để in đậm chữ đó trên trang.

            Theo Tạp chí Tin Học
            """);
        Md("khac/ghi-chep.md", Pottery, null, null,
            "Làng gốm bên sông vẫn giữ lò nung củi truyền thống.");

        var report = _archive.SyncAll();
        if (report.Indexed != Count || report.Rejected.Count != 0)
            throw new InvalidOperationException($"the corpus did not index cleanly: {report}");
    }

    public ArchiveSearch Search => _archive.Search;

    public SearchResults Run(SearchRequest request) => Search.Search(request);

    /// <summary>Titles found for <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<string> Titles(string? query) => Hits(query).Select(h => h.Title).ToList();

    public IReadOnlyList<SearchHit> Hits(string? query) =>
        Search.Search(new SearchRequest { Query = query, PageSize = 100 }).Hits.Items;

    public void Dispose() => _archive.Dispose();

    private void Md(string path, string title, string? date, string? source, string body) =>
        _archive.WriteArticle(path, title, body, date, source);
}
