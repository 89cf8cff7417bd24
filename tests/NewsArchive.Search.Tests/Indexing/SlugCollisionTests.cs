using NewsArchive.Search.Indexing;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Indexing;

/// <summary>Articles with the same title each get a slug of their own, and a published slug stays put.</summary>
public sealed class SlugCollisionTests : IDisposable
{
    private const string Title = "Thông báo lịch cắt điện";
    private const string Bare = "thong-bao-lich-cat-dien";
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private void Notice(string path, string area, string date) =>
        _archive.WriteArticle(path, Title, $"Khu vực {area} tạm ngừng cấp điện để bảo trì lưới.", date);

    private string SlugOf(string area) =>
        _archive.Find($"\"{area}\"").Single(h => h.Title == Title).Slug;

    [Fact]
    public void Two_articles_with_one_title_are_both_found_under_different_slugs()
    {
        Notice("b/quan-mot.md", "quận Một", "2024-06-01");
        Notice("c/quan-hai.md", "quận Hai", "2024-06-02");

        _archive.SyncAll();

        var slugs = _archive.Find("lịch cắt điện").Select(h => h.Slug).ToList();
        Assert.Equal(2, slugs.Count);
        Assert.Equal(2, slugs.Distinct().Count());
        Assert.Equal(Bare, SlugOf("quận Một")); // the path that sorts first keeps the bare slug
        Assert.StartsWith(Bare + "-", SlugOf("quận Hai"));
        Assert.All(slugs, slug => Assert.Equal(Title, _archive.Search.FindBySlug(slug)?.Title));
    }

    [Fact]
    public void A_third_article_with_the_same_title_leaves_the_earlier_slugs_alone()
    {
        Notice("b/quan-mot.md", "quận Một", "2024-06-01");
        Notice("c/quan-hai.md", "quận Hai", "2024-06-02");
        _archive.SyncAll();
        var first = SlugOf("quận Một");
        var second = SlugOf("quận Hai");

        Notice("d/quan-ba.md", "quận Ba", "2024-06-03");
        _archive.SyncAll();

        Assert.Equal(first, SlugOf("quận Một"));
        Assert.Equal(second, SlugOf("quận Hai"));
        Assert.Equal(3, _archive.Find("lịch cắt điện").Select(h => h.Slug).Distinct().Count());
    }

    // A shared title is no one's mistake; asking by name for a slug another article has is worth a warning.
    [Fact]
    public void Only_a_file_that_asks_by_name_for_a_taken_slug_is_reported()
    {
        Notice("b/quan-mot.md", "quận Một", "2024-06-01");
        Notice("c/quan-hai.md", "quận Hai", "2024-06-02");
        Assert.Empty(_archive.SyncAll().SlugCollisions);

        _archive.Write("d/dat-ten.md", ArticleText.Markdown("Bài xin địa chỉ riêng", "Bài này xin địa chỉ của bài khác.", "2024-06-03", slug: Bare));
        var clash = Assert.Single(_archive.SyncAll().SlugCollisions);

        Assert.Equal(("d/dat-ten.md", Bare), (clash.Article.Id, clash.WantedSlug));
        Assert.Equal("Bài xin địa chỉ riêng", _archive.Search.FindBySlug(clash.AssignedSlug)?.Title);
        Assert.Equal(Bare, SlugOf("quận Một"));
    }

    // The suffix one article gets may be the very slug another file asks for by name: that file has it.
    [Fact]
    public void A_suffixed_slug_never_takes_the_slug_another_article_wants()
    {
        string suffixed;
        using (var earlier = new TestArchive())
        {
            earlier.WriteArticle("b/quan-mot.md", Title, "Khu vực quận Một tạm ngừng cấp điện để bảo trì lưới.", "2024-06-01");
            earlier.WriteArticle("c/quan-hai.md", Title, "Khu vực quận Hai tạm ngừng cấp điện để bảo trì lưới.", "2024-06-02");
            earlier.SyncAll();
            suffixed = earlier.Find("\"quận Hai\"").Single().Slug;
        }
        Notice("b/quan-mot.md", "quận Một", "2024-06-01");
        Notice("c/quan-hai.md", "quận Hai", "2024-06-02");
        _archive.Write("z/dat-ten.md", ArticleText.Markdown("Bài chọn địa chỉ riêng", "Bài này tự chọn địa chỉ.", "2024-06-03", slug: suffixed));

        _archive.SyncAll();

        Assert.Equal("Bài chọn địa chỉ riêng", _archive.Search.FindBySlug(suffixed)?.Title);
        Assert.Equal(Bare, SlugOf("quận Một"));
        Assert.StartsWith(Bare + "-", SlugOf("quận Hai"));
        Assert.NotEqual(suffixed, SlugOf("quận Hai"));
    }

    // First come keeps the slug: path order only breaks ties between articles that arrive together.
    [Fact]
    public void A_later_article_whose_path_sorts_first_does_not_take_a_published_slug()
    {
        Notice("b/quan-mot.md", "quận Một", "2024-06-01");
        _archive.SyncAll();
        Assert.Equal(Bare, SlugOf("quận Một"));

        Notice("a/quan-ba.md", "quận Ba", "2024-06-03");
        _archive.SyncAll();

        Assert.Equal(Bare, SlugOf("quận Một"));
        Assert.NotEqual(Bare, SlugOf("quận Ba"));
    }

    [Fact]
    public void A_suffixed_slug_is_the_same_after_a_rebuild_from_scratch()
    {
        Notice("b/quan-mot.md", "quận Một", "2024-06-01");
        Notice("c/quan-hai.md", "quận Hai", "2024-06-02");
        _archive.SyncAll();
        var second = SlugOf("quận Hai");

        using var again = new TestArchive();
        again.WriteArticle("b/quan-mot.md", Title, "Khu vực quận Một tạm ngừng cấp điện để bảo trì lưới.", "2024-06-01");
        again.WriteArticle("c/quan-hai.md", Title, "Khu vực quận Hai tạm ngừng cấp điện để bảo trì lưới.", "2024-06-02");
        again.SyncAll();

        Assert.Equal(second, again.Find("\"quận Hai\"").Single().Slug);
    }

    // docs/content-files.md: "its URL stays the same whatever other files come and go".
    [Fact]
    public void Removing_the_article_with_the_bare_slug_leaves_the_other_at_its_own_url()
    {
        Notice("b/quan-mot.md", "quận Một", "2024-06-01");
        Notice("c/quan-hai.md", "quận Hai", "2024-06-02");
        _archive.SyncAll();
        var second = SlugOf("quận Hai");

        _archive.Delete("b/quan-mot.md");
        _archive.SyncAll();

        Assert.Equal(second, SlugOf("quận Hai"));
        Assert.NotNull(_archive.Search.FindBySlug(second));
    }

    [Fact]
    public void A_rebuild_for_a_new_schema_keeps_every_url()
    {
        Notice("b/quan-mot.md", "quận Một", "2024-06-01");
        _archive.SyncAll();
        Notice("a/quan-ba.md", "quận Ba", "2024-06-03");
        _archive.SyncAll();
        var (first, later) = (SlugOf("quận Một"), SlugOf("quận Ba"));

        var current = Path.Combine(_archive.IndexPath, $"s{IndexFields.SchemaVersion}-0001");
        _archive.Reopen(whileClosed: () => Directory.Move(current, Path.Combine(_archive.IndexPath, $"s{IndexFields.SchemaVersion - 1}-0001")));
        _archive.SyncAll();

        Assert.True(_archive.Index.IsComplete);
        Assert.Equal((first, later), (SlugOf("quận Một"), SlugOf("quận Ba")));
    }

    [Fact]
    public void An_edited_article_keeps_its_slug_while_its_title_stays()
    {
        Notice("b/quan-mot.md", "quận Một", "2024-06-01");
        Notice("c/quan-hai.md", "quận Hai", "2024-06-02");
        _archive.SyncAll();
        var second = SlugOf("quận Hai");

        _archive.Delete("b/quan-mot.md");
        Notice("c/quan-hai.md", "quận Hai và quận Năm", "2024-06-02");
        _archive.SyncAll();

        Assert.Equal(second, SlugOf("quận Năm"));
    }
}
