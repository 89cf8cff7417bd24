using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>Display names of publications by web domain, so "Nguồn An Giang: https://baoangiang.com.vn/…" shows as "Báo An Giang".</summary>
public sealed class SourceDirectory
{
    /// <summary>Publications the archive knows out of the box; configuration adds to and overrides these.</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>
    {
        ["baoangiang.com.vn"] = "Báo An Giang",
        ["vnexpress.net"] = "VnExpress",
        ["tuoitre.vn"] = "Tuổi Trẻ",
        ["thanhnien.vn"] = "Thanh Niên",
        ["nhandan.vn"] = "Nhân Dân",
        ["dantri.com.vn"] = "Dân trí",
        ["vietnamnet.vn"] = "VietNamNet",
        ["laodong.vn"] = "Lao Động",
        ["nld.com.vn"] = "Người Lao Động",
        ["qdnd.vn"] = "Quân đội nhân dân",
        ["cand.com.vn"] = "Công an nhân dân",
        ["baochinhphu.vn"] = "Báo Chính phủ",
        ["vov.vn"] = "VOV",
        ["vtv.vn"] = "VTV",
        ["sggp.org.vn"] = "Sài Gòn Giải Phóng",
        ["hanoimoi.vn"] = "Hà Nội Mới",
        ["tienphong.vn"] = "Tiền Phong",
        ["vietnamplus.vn"] = "VietnamPlus",
        ["baotintuc.vn"] = "Báo Tin tức",
        ["znews.vn"] = "Znews",
    };

    private readonly Dictionary<string, string> _names;

    public SourceDirectory(IReadOnlyDictionary<string, string>? names = null)
    {
        _names = new Dictionary<string, string>(Known, StringComparer.OrdinalIgnoreCase);
        foreach (var (domain, name) in names ?? new Dictionary<string, string>())
        {
            if (!string.IsNullOrWhiteSpace(domain) && !string.IsNullOrWhiteSpace(name))
                _names[Bare(domain)] = name.Trim();
        }
    }

    /// <summary>
    /// The source as readers should see it: the configured name of the link's domain wins over what the file
    /// calls it, then the file's name, then the bare domain.
    /// </summary>
    public ArticleSource? Resolve(string? nameInFile, string? urlInFile)
    {
        var url = ArticleSource.SafeUrl(urlInFile);
        var known = url is not null && _names.TryGetValue(Bare(url.Host), out var n) ? n : null;
        var name = known ?? nameInFile?.Trim() ?? (url is null ? null : Bare(url.Host));
        return string.IsNullOrEmpty(name) ? null : new ArticleSource(name, url);
    }

    private static string Bare(string domain)
    {
        var host = domain.Trim().ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
