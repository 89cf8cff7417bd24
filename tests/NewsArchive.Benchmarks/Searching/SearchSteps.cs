using System.Diagnostics;
using Lucene.Net.Search;
using NewsArchive.Search.Querying;
using NewsArchive.Search.Suggestions;

namespace NewsArchive.Benchmarks.Searching;

/// <summary>
/// One search taken apart into the steps <see cref="RankedSearch"/> and the search page run, each timed on its own
/// (median of three): reading Telex/VNI, building the query, matching alone (counting, no order), the top results
/// alone, the top results with the counts by year and source (what an exact count runs), the counts of a sample
/// and the top results of the stricter query (what an estimate runs, <see cref="CountEstimation"/>), rescoring, the
/// first page's stored documents and snippets, and the accent suggestion.
/// </summary>
internal sealed record SearchSteps(int Words, int Matches, double Share, double Typing, double Build, double Count,
    double Top, double TopAndFacets, double Sample, double Stricter, double Rescoring, double Documents, double Suggestion)
{
    public const string Header =
        "| kind | words | matches (share) | search | estimated | typing | build | match and count | top | top + facets | sample | stricter top | rescoring | documents, snippets | suggestion |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    public static SearchSteps Measure(IndexSearcher searcher, string typed, CountEstimation estimation)
    {
        var typing = Median(() => TypingReader.Read(searcher.IndexReader, typed));
        var text = QueryText.Parse(TypingReader.Read(searcher.IndexReader, typed) ?? typed);
        var request = new SearchRequest { Query = typed, WithFacets = true };
        var sort = request.EffectiveSort(text.HasWords);
        var build = Median(() => TermLookups.Resolve(QueryBuilder.Build(text, request), searcher));
        var query = TermLookups.Resolve(QueryBuilder.Build(text, request), searcher);
        var counter = new TotalHitCountCollector();
        var count = Median(() => { counter = new TotalHitCountCollector(); searcher.Search(query, counter); });
        // As RankedSearch collects: by relevance, as deep as the query's rescoring reorders.
        var reordered = sort == SearchSort.Relevance ? Search.Querying.Rescoring.Depth(text) : 0;
        var rescored = reordered > 0;
        var depth = Math.Max(request.PageSize, reordered);
        TopFieldCollector Collector() => TopFieldCollector.Create(ArticleOrder.For(sort), depth, true, rescored, false, false);
        var top = Median(() => searcher.Search(query, Collector()));
        var topAndFacets = Median(() => searcher.Search(query, MultiCollector.Wrap(Collector(), new FacetCollector())));
        var share = Math.Min(1, estimation.SampledShareOf(searcher.IndexReader.MaxDoc));
        var sample = Median(() => CountSample.Take(searcher, query, share, withFacets: true));
        // The strictest form that fills the page, as RankedSearch takes it.
        var stricter = double.NaN;
        foreach (var form in StricterQuery.Of(query, text))
        {
            stricter = (double.IsNaN(stricter) ? 0 : stricter) + Median(() => searcher.Search(form, Collector()));
            var found = Collector();
            searcher.Search(form, found);
            if (found.TotalHits >= depth) break;
        }
        var collector = Collector();
        searcher.Search(query, collector);
        var hits = collector.GetTopDocs().ScoreDocs;
        var rescoring = rescored ? Median(() => Search.Querying.Rescoring.Rescore(searcher, text, hits)) : 0;
        var documents = Median(() => hits.Take(request.PageSize).Select(hit => SearchHits.From(searcher.Doc(hit.Doc), text)).ToList());
        var suggestion = Median(() => AccentRestorer.Suggest(searcher, text));
        var words = text.Runs.SelectMany(r => r).Distinct().Count();
        return new SearchSteps(words, counter.TotalHits, (double)counter.TotalHits / searcher.IndexReader.MaxDoc,
            typing, build, count, top, topAndFacets, sample, stricter, rescoring, documents, suggestion);
    }

    public string Row(string kind, double searchMs, bool estimated) =>
        $"| {kind} | {Words} | {Matches:N0} ({Share:P0}) | {searchMs:0.0} | {(estimated ? "yes" : "no")} | {Typing:0.0} | {Build:0.0} | {Count:0.0} | {Top:0.0} | {TopAndFacets:0.0} | {Sample:0.0} | {Stricter:0.0} | {Rescoring:0.0} | {Documents:0.0} | {Suggestion:0.0} |";

    private static double Median(Action step)
    {
        var times = new double[3];
        for (var i = 0; i < times.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            step();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times[1];
    }

    private static double Median(Func<object?> step) => Median(() => { step(); });
}
