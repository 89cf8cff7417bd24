using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Content;
using NewsArchive.Content.Articles;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Search.Browsing;

internal static class Neighbours
{
    /// <summary>
    /// The articles either side of this one in the archive's own order (date, then path), found with SearchAfter
    /// from the article's own place: however busy its day, both links are there.
    /// </summary>
    public static (SearchHit? Previous, SearchHit? Next) Of(IndexSearcher searcher, Article article)
    {
        if (article.Date is not { } date) return ((SearchHit?)null, (SearchHit?)null);
        var own = new TermQuery(new Term(IndexFields.Slug, article.Slug));
        var day = VietnamTime.Day(date);
        return (After(searcher, own, ArticleOrder.Backwards, day, -1), After(searcher, own, ArticleOrder.For(SearchSort.Oldest), day, +1));
    }

    // How far from an article's day its neighbour is looked for first: a busy archive has one within days, and a
    // window costs what its articles cost, not the whole archive (the last step asks every dated article).
    private static readonly int[] NeighbourWindowDays = [7, 100, 1000];

    private static SearchHit? After(IndexSearcher searcher, Query own, Sort order, DateOnly day, int direction)
    {
        var self = searcher.Search(own, 1, order);
        if (self.ScoreDocs.Length == 0) return null;
        // Days follow the sort's moments (a later moment never has an earlier Vietnam day), so the first article
        // after this one within a window of days is the first after it at all.
        var windows = NeighbourWindowDays.Select(days => Window(day, Shift(day, direction * days))).Append(QueryBuilder.Dated());
        foreach (var window in windows)
        {
            var next = searcher.SearchAfter(self.ScoreDocs[0], window, 1, order);
            if (next.ScoreDocs.Length > 0) return SearchHits.From(searcher.Doc(next.ScoreDocs[0].Doc), QueryText.Empty);
        }
        return null;
    }

    private static DateOnly Shift(DateOnly day, int days) =>
        DateOnly.FromDayNumber(Math.Clamp(day.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    private static NumericRangeQuery<int> Window(DateOnly one, DateOnly other) => one <= other ? QueryBuilder.Days(one, other) : QueryBuilder.Days(other, one);
}
