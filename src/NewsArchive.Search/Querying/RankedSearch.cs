using Lucene.Net.Search;
using NewsArchive.Content.Paging;

namespace NewsArchive.Search.Querying;

internal static class RankedSearch
{
    /// <summary>Results a reader can page to; deeper pages cost memory per request and nobody reads them.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>A search for words: the best <see cref="MaxResultWindow"/> matches at most, a page of them shown, with
    /// their counts by year and source when asked. By relevance, a query matching a large share of the archive is
    /// counted by sample (<see cref="CountEstimation"/>).</summary>
    public static SearchResults Run(IndexSearcher searcher, QueryText text, SearchSort sort, SearchRequest request, CountEstimation estimation)
    {
        var skip = (long)(Math.Max(request.Page, 1) - 1) * request.PageSize;
        var ranking = Rank(searcher, text, sort, request, estimation);
        var items = ranking.Ranked.Skip((int)Math.Min(skip, int.MaxValue)).Select(hit => SearchHits.From(searcher.Doc(hit.Doc), text)).ToList();
        return new SearchResults(text, sort, new PageOf<SearchHit>(items, request.Page, request.PageSize, ranking.Total))
        {
            Facets = ranking.Facets,
            TotalIsEstimate = ranking.IsEstimate,
        };
    }

    /// <summary>The matches up to the end of the requested page, in order, and their counts: the search without its
    /// stored documents (the evaluation ranks with this).</summary>
    public static Ranking Rank(IndexSearcher searcher, QueryText text, SearchSort sort, SearchRequest request, CountEstimation estimation)
    {
        var skip = (long)(Math.Max(request.Page, 1) - 1) * request.PageSize;
        var wanted = (int)Math.Min(skip + request.PageSize, MaxResultWindow);
        var query = TermLookups.Resolve(QueryBuilder.Build(text, request), searcher);
        // By relevance, a short query or pasted text collects the best few dozen or hundred, for Rescoring to reorder.
        var depth = sort == SearchSort.Relevance ? Rescoring.Depth(text) : 0;
        var rescored = depth > 0;
        var collected = Math.Max(Math.Max(wanted, depth), 1);
        var (top, total, facets, estimated) = Estimated(searcher, text, sort, request, query, collected, rescored, estimation)
                                              ?? Counted(searcher, query, sort, request, collected, rescored);
        var ranked = rescored ? Rescoring.Rescore(searcher, text, top.ScoreDocs) : top.ScoreDocs;
        return new Ranking(skip >= wanted ? [] : ranked.Take(wanted).ToArray(), total, facets, estimated);
    }

    /// <summary>The matches of a search up to the end of its page, best first, and how many there are in all.</summary>
    internal sealed record Ranking(ScoreDoc[] Ranked, int Total, Facets Facets, bool IsEstimate);

    private static (TopDocs, int, Facets, bool) Counted(IndexSearcher searcher, Query query, SearchSort sort, SearchRequest request, int collected, bool rescored)
    {
        var collector = Collector(sort, collected, rescored);
        var facets = request.WithFacets ? new FacetCollector() : null;
        searcher.Search(query, facets is null ? collector : MultiCollector.Wrap(collector, facets));
        var top = collector.GetTopDocs();
        return (top, top.TotalHits, facets?.Result() ?? Facets.None, false);
    }

    /// <summary>
    /// When the sample says the query matches a large share of the archive: the best matches of the strictest
    /// <see cref="StricterQuery"/> that finds enough, with the sample's counts. Null (count every match) when the order is by date
    /// (the newest match need not have many pairs), when the query has no stricter form, or when the stricter form
    /// finds fewer matches than the page needs (a reader paging far).
    /// </summary>
    private static (TopDocs, int, Facets, bool)? Estimated(IndexSearcher searcher, QueryText text, SearchSort sort, SearchRequest request,
        Query query, int collected, bool rescored, CountEstimation estimation)
    {
        var share = estimation.SampledShareOf(searcher.IndexReader.MaxDoc);
        var stricter = sort == SearchSort.Relevance && share < 1 ? StricterQuery.Of(query, text).ToList() : [];
        if (stricter.Count == 0) return null;
        var sample = CountSample.Take(searcher, query, share, request.WithFacets);
        if (sample.Share < estimation.Share) return null;
        // The strictest form that still fills the page (and the rescoring's depth); few articles have all of a query's pairs.
        foreach (var form in stricter)
        {
            var collector = Collector(sort, collected, rescored);
            searcher.Search(form, collector);
            var top = collector.GetTopDocs();
            if (top.TotalHits >= collected) return (top, sample.Total(atLeast: top.TotalHits), sample.Facets, true);
        }
        return null;
    }

    private static TopFieldCollector Collector(SearchSort sort, int collected, bool rescored) =>
        TopFieldCollector.Create(ArticleOrder.For(sort), collected, fillFields: true, trackDocScores: rescored, trackMaxScore: false, docsScoredInOrder: false);
}
