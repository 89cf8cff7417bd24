using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>
/// The search page's counts by year and by source are of the matches only, whichever segment each article is in,
/// and follow the archive as files are added, edited and deleted.
/// </summary>
public sealed class FacetCountTests : IDisposable
{
    private const string TuoiTre = "Báo Tuổi Trẻ";
    private const string ThanhNien = "Báo Thanh Niên";

    private readonly TestArchive _archive = new();

    public FacetCountTests()
    {
        // Three syncs, three segments, with years far apart in one of them.
        _archive.WriteArticle("a.md", "Mùa lũ năm ấy", "Tin lũ về từ thượng nguồn.", "2023-10-02", TuoiTre);
        _archive.WriteArticle("b.md", "Giá lúa tăng", "Tin vui cho nông dân miền Tây.", "2024-03-05", ThanhNien);
        _archive.WriteArticle("c.md", "Ghi chép không ngày", "Tin từ một làng chài.");
        _archive.SyncAll();
        _archive.WriteArticle("d.md", "Ngày thống nhất", "Tin chiến thắng lan khắp miền Nam.", "1975-04-30", TuoiTre);
        _archive.WriteArticle("e.md", "Lũ miền Trung", "Tin lũ khẩn cấp.", "2024-10-20");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    private Facets FacetsOf(string query) => _archive.Search.Search(new SearchRequest { Query = query, WithFacets = true }).Facets;

    [Fact]
    public void Every_match_is_counted_by_year_newest_first_and_by_source_commonest_first()
    {
        var facets = FacetsOf("tin");

        Assert.Equal([(2024, 2), (2023, 1), (1975, 1)], facets.Years);
        Assert.Equal([("bao-tuoi-tre", 2), ("bao-thanh-nien", 1)], facets.Sources);
    }

    [Fact]
    public void Only_the_matches_are_counted()
    {
        var facets = FacetsOf("lũ");

        Assert.Equal([(2024, 1), (2023, 1)], facets.Years);
        Assert.Equal([("bao-tuoi-tre", 1)], facets.Sources);
    }

    [Fact]
    public void Counts_follow_edits_and_deletions()
    {
        _archive.Rewrite("a.md", ArticleText.Markdown("Mùa lũ năm ấy", "Tin lũ về từ thượng nguồn.", "2022-10-02", ThanhNien));
        _archive.Delete("d.md");
        _archive.SyncAll();

        var facets = FacetsOf("tin");

        Assert.Equal([(2024, 2), (2022, 1)], facets.Years);
        Assert.Equal([("bao-thanh-nien", 2)], facets.Sources);
    }

    [Fact]
    public void An_archive_of_undated_articles_without_sources_has_no_counts()
    {
        using var plain = new TestArchive();
        plain.WriteArticle("x.md", "Ghi chép", "Tin từ một làng chài.");
        plain.SyncAll();

        var facets = plain.Search.Search(new SearchRequest { Query = "tin", WithFacets = true }).Facets;

        Assert.Empty(facets.Years);
        Assert.Empty(facets.Sources);
    }
}
