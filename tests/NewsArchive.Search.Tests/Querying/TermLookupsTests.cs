using Lucene.Net.Search;
using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>
/// A query's terms looked up ahead, in sorted passes, must find exactly what Lucene's own look-ups find: the same
/// articles with the same scores, over several segments, with words some segments do not have.
/// </summary>
public sealed class TermLookupsTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public TermLookupsTests()
    {
        // Three syncs, three segments; "lũ" and "bão" are each missing from one of them.
        _archive.WriteArticle("a.md", "Lũ lớn ở miền Trung", "Mưa lũ kéo dài, người dân miền Trung sơ tán khỏi vùng trũng.", "2024-10-01");
        _archive.WriteArticle("b.md", "Bão số 3 đổ bộ", "Bão số 3 gây mưa lớn ở miền Bắc, nhiều cây đổ.", "2024-09-07");
        _archive.SyncAll();
        _archive.WriteArticle("c.md", "Sau bão, miền Bắc dọn dẹp", "Người dân miền Bắc dọn cây đổ sau bão; mưa đã ngớt.", "2024-09-09");
        _archive.SyncAll();
        _archive.WriteArticle("d.md", "Mưa lũ miền Trung chưa dứt", "Lũ trên các sông miền Trung lên nhanh, mưa còn kéo dài.", "2024-10-03");
        _archive.WriteArticle("e.md", "Giá lúa tăng", "Nông dân miền Tây bán lúa được giá.", "2024-10-05");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    [Theory]
    [InlineData("mưa lũ miền Trung")]
    [InlineData("mua lu mien trung")]
    [InlineData("bão miền Bắc -lũ")]
    [InlineData("\"cây đổ\" mưa")]
    [InlineData("xyzzy mưa")]
    public void Finds_the_same_articles_with_the_same_scores(string typed)
    {
        var query = QueryBuilder.Build(QueryText.Parse(typed), new SearchRequest { Query = typed });

        var (plain, resolved, segments) = _archive.Index.Search(searcher =>
            (searcher.Search(query, 10), searcher.Search(TermLookups.Resolve(query, searcher), 10), searcher.IndexReader.Leaves.Count));

        Assert.True(segments > 1, "the archive should span several segments");
        Assert.Equal(plain.TotalHits, resolved.TotalHits);
        Assert.Equal(Found(plain), Found(resolved));
    }

    private static List<(int Doc, float Score)> Found(TopDocs hits) => hits.ScoreDocs.Select(h => (h.Doc, h.Score)).ToList();
}
