using Lucene.Net.Search;
using NewsArchive.Content.Paging;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Search.Browsing;

internal static class TimeOrderedList
{
    /// <summary>
    /// A list without words (the home page, a day, a source, a tag, dates on the search page) in time order: the
    /// counts by day say which days a page covers, and only those days are searched, so every page of a list of a
    /// million articles can be read and the last costs no more than the first.
    /// </summary>
    public static SearchResults Run(IndexSearcher searcher, QueryText text, SearchSort sort, SearchRequest request, Catalogue catalogue)
    {
        var facets = request.WithFacets ? new FacetCollector() : null;
        DayCounts counts;
        if (facets is null && !QueryBuilder.FiltersBeyondDates(text, request))
        {
            counts = DayCounts.FromCalendar(catalogue.Calendar(searcher.IndexReader),
                request.From is { } from ? ArticleDocuments.DayNumber(from) : null,
                request.To is { } to ? ArticleDocuments.DayNumber(to) : null,
                request.Undated);
        }
        else
        {
            var days = new DayCountCollector();
            searcher.Search(QueryBuilder.Build(text, request), facets is null ? days : MultiCollector.Wrap(days, facets));
            counts = days.Result();
        }

        // Without words there is nothing to rank: "relevance" lists newest first, as the default does.
        var newestFirst = sort != SearchSort.Oldest;
        var order = ArticleOrder.For(newestFirst ? SearchSort.Newest : SearchSort.Oldest);
        var span = PageSpan.Locate(counts, newestFirst, (long)(Math.Max(request.Page, 1) - 1) * request.PageSize, request.PageSize);
        var items = new List<SearchHit>();
        if (span.DatedTake > 0)
        {
            var days = request with { From = ArticleDocuments.DayOf(span.FromDay), To = ArticleDocuments.DayOf(span.ToDay) };
            items.AddRange(Slice(searcher, QueryBuilder.Build(text, days), order, span.DatedSkip, span.DatedTake));
        }
        if (span.UndatedTake > 0)
            items.AddRange(Slice(searcher, QueryBuilder.Build(text, request with { Undated = true }), order, span.UndatedSkip, span.UndatedTake));
        var total = (int)Math.Min(counts.Total, int.MaxValue);
        return new SearchResults(text, sort, new PageOf<SearchHit>(items, request.Page, request.PageSize, total))
        {
            Facets = facets?.Result() ?? Facets.None,
        };
    }

    private static List<SearchHit> Slice(IndexSearcher searcher, Query query, Sort order, int skip, int take) =>
        searcher.Search(query, skip + take, order).ScoreDocs.Skip(skip).Take(take).Select(hit => SearchHits.From(searcher.Doc(hit.Doc), QueryText.Empty)).ToList();
}
