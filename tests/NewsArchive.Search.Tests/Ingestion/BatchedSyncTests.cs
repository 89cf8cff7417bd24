using Lucene.Net.Index;
using NewsArchive.Content.Files;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Ingestion;

/// <summary>
/// A sync writes in batches without reopening the index between them: each batch must still see the slugs the
/// earlier batches took, freed or changed, as if the index had been reopened.
/// </summary>
public sealed class BatchedSyncTests : IDisposable
{
    private const string Title = "Thông báo lịch cắt điện";
    private const string Bare = "thong-bao-lich-cat-dien";
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private string Notice(string path, string area, string title = Title) =>
        _archive.WriteArticle(path, title, $"Khu vực {area} tạm ngừng cấp điện để bảo trì lưới.", "2024-06-01");

    private IndexedFile Read(string fullPath)
    {
        var folder = new ContentFolder(_archive.ContentPath, new ArticleFileReader(new SourceDirectory()));
        var file = folder.Find(fullPath) ?? throw new FileNotFoundException(fullPath);
        return new IndexedFile(folder.Read(file, out _), file.Stamp);
    }

    private string SlugOf(string area) => _archive.Find($"\"{area}\"").Single().Slug;

    private void InBatches(params (IndexedFile[] Files, string[] Deleted)[] batches)
    {
        using (var changes = _archive.Index.BeginChanges())
        {
            foreach (var (files, deleted) in batches) changes.Apply(files, deleted);
        }
        _archive.Index.Commit(complete: true);
    }

    [Fact]
    public void A_later_batch_does_not_take_the_slug_an_earlier_batch_gave()
    {
        var first = Read(Notice("a/quan-mot.md", "quận Một"));
        var second = Read(Notice("b/quan-hai.md", "quận Hai"));

        InBatches(([first], []), ([second], []));

        Assert.Equal(Bare, SlugOf("quận Một"));
        Assert.StartsWith(Bare + "-", SlugOf("quận Hai"));
    }

    [Fact]
    public void A_slug_freed_by_a_deletion_in_an_earlier_batch_is_free_in_a_later_one()
    {
        Notice("a/quan-mot.md", "quận Một");
        _archive.SyncAll();
        _archive.Delete("a/quan-mot.md");
        var later = Read(Notice("b/quan-hai.md", "quận Hai"));

        InBatches(([], ["a/quan-mot.md"]), ([later], []));

        Assert.Empty(_archive.Find("\"quận Một\""));
        Assert.Equal(Bare, SlugOf("quận Hai"));
    }

    [Fact]
    public void An_article_retitled_in_an_earlier_batch_leaves_its_old_slug_to_a_later_one()
    {
        Notice("a/quan-mot.md", "quận Một");
        _archive.SyncAll();
        var retitled = Read(Notice("a/quan-mot.md", "quận Một", "Lịch cắt điện quận Một"));
        var later = Read(Notice("b/quan-hai.md", "quận Hai"));

        InBatches(([retitled], []), ([later], []));

        Assert.Equal("lich-cat-dien-quan-mot", SlugOf("quận Một"));
        Assert.Equal(Bare, SlugOf("quận Hai"));
    }

    [Fact]
    public void A_new_article_is_added_once_and_its_next_version_replaces_it()
    {
        Notice("a/quan-mot.md", "quận Một");
        _archive.SyncAll();
        _archive.Rewrite("a/quan-mot.md", File.ReadAllText(Path.Combine(_archive.ContentPath, "a/quan-mot.md")).Replace("bảo trì", "sửa chữa", StringComparison.Ordinal));
        _archive.SyncAll();

        Assert.Equal(1, _archive.Index.Search(searcher => searcher.IndexReader.NumDocs));
        Assert.Single(_archive.Find("sửa chữa"));
        Assert.Empty(_archive.Find("\"bảo trì\""));
    }

    [Fact]
    public void Pairs_are_indexed_without_positions_and_words_with_them()
    {
        Notice("a/quan-mot.md", "quận Một");
        _archive.SyncAll();

        var fields = _archive.Index.Search(searcher => MultiFields.GetMergedFieldInfos(searcher.IndexReader));
        Assert.Equal(IndexOptions.DOCS_AND_FREQS, fields.FieldInfo(IndexFields.Pairs(IndexFields.BodyPart, Tier.Folded)).IndexOptions);
        Assert.Equal(IndexOptions.DOCS_AND_FREQS, fields.FieldInfo(IndexFields.Pairs(IndexFields.TitlePart, Tier.Exact)).IndexOptions);
        Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.FieldInfo(IndexFields.Words(IndexFields.BodyPart, Tier.Folded)).IndexOptions);
    }
}
