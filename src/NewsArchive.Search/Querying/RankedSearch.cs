using Lucene.Net.Search;
using NewsArchive.Content.Paging;

namespace NewsArchive.Search.Querying;

internal static class RankedSearch
{
    /// <summary>Results a reader can page to; deeper pages cost memory per request and nobody reads them.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>A search for words: the best <see cref="MaxResultWindow"/> matches at most, a page of them shown, with
    /// their counts by year and source when asked.</summary>
    public static SearchResults Run(IndexSearcher searcher, QueryText text, SearchSort sort, SearchRequest request)
    {
        var skip = (long)(Math.Max(request.Page, 1) - 1) * request.PageSize;
        var wanted = (int)Math.Min(skip + request.PageSize, MaxResultWindow);
        var query = TermLookups.Resolve(QueryBuilder.Build(text, request), searcher);
        // By relevance, a short query or pasted text collects the best few dozen or hundred, for Rescoring to reorder.
        var depth = sort == SearchSort.Relevance ? Rescoring.Depth(text) : 0;
        var rescored = depth > 0;
        var collected = Math.Max(wanted, depth);
        var collector = TopFieldCollector.Create(ArticleOrder.For(sort), Math.Max(collected, 1), fillFields: true, trackDocScores: rescored, trackMaxScore: false, docsScoredInOrder: false);
        var facets = request.WithFacets ? new FacetCollector() : null;
        searcher.Search(query, facets is null ? collector : MultiCollector.Wrap(collector, facets));
        var top = collector.GetTopDocs();
        var ranked = rescored ? Rescoring.Rescore(searcher, text, top.ScoreDocs) : top.ScoreDocs;
        var items = skip >= wanted
            ? []
            : ranked.Take(wanted).Skip((int)skip).Select(hit => SearchHits.From(searcher.Doc(hit.Doc), text)).ToList();
        return new SearchResults(text, sort, new PageOf<SearchHit>(items, request.Page, request.PageSize, top.TotalHits))
        {
            Facets = facets?.Result() ?? Facets.None,
        };
    }
}
