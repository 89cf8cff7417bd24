using System.Diagnostics;
using NewsArchive.Benchmarks.Measuring;
using NewsArchive.Search;
using NewsArchive.Search.Browsing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Benchmarks.Searching;

/// <summary>
/// The search page's searches timed in-process on an existing index, without HTTP or page rendering: the query mix
/// of <see cref="ScaleRun"/> (a headline as written, without diacritics, its first two words quoted) and pasted
/// leads (dev queries of more than <see cref="QueryBuilder.PastedWords"/> words, whole). Then, for the slowest
/// searches, where their time goes (<see cref="SearchSteps"/>).
/// </summary>
internal sealed class SearchRun(string indexPath, string queriesPath, int leadCount, int slowest, CountEstimation estimation)
{
    private const string Pasted = "pasted lead";
    private static readonly string[] MixKinds = ["headline as written", "headline without diacritics", "quoted two-word phrase"];

    public void Run()
    {
        using var index = new ReadOnlyIndex(indexPath);
        var searcher = index.Searcher;
        Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {searcher.IndexReader.NumDocs:N0} articles in {index.BuildPath}");
        var catalogue = new Catalogue();
        // The same queries as the scale run: 50–399 measured, the rest warm up (with leads not measured).
        var mix = QueryMix.FromFile(queriesPath, 650);
        var leads = QueryMix.DevQueries(queriesPath).Where(IsPasted).ToList();
        var measuredLeads = Spread(leads, leadCount);
        var warmLeads = leads.Except(measuredLeads).Take(20);
        foreach (var query in mix.Take(50).Concat(mix.Skip(400)).Concat(warmLeads))
            Search(searcher, catalogue, query, estimation);

        var timed = new List<(string Kind, string Query, double Ms, int Total, bool Estimated)>();
        for (var i = 50; i < 400; i++) timed.Add(Time(searcher, catalogue, MixKinds[i % 3], mix[i], estimation));
        foreach (var lead in measuredLeads) timed.Add(Time(searcher, catalogue, Pasted, lead, estimation));

        Console.WriteLine($"In-process searches on {searcher.IndexReader.NumDocs:N0} articles ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        Console.WriteLine();
        Console.WriteLine(estimation == CountEstimation.Never ? "Every match counted (--exact)." : $"Counts estimated from {estimation.SampleShare:P0} of the archive (at least {estimation.MinimumSample:N0} articles) from {estimation.Share:P0} of it matching.");
        Console.WriteLine();
        Console.WriteLine("| searches | p50 / p95 / p99 | slowest | matches (median) | estimated |");
        Console.WriteLine("|---|---|---|---|---|");
        Row("search mix", timed.Where(t => t.Kind != Pasted).ToList());
        foreach (var kind in MixKinds.Append(Pasted)) Row(kind, timed.Where(t => t.Kind == kind).ToList());
        Console.WriteLine();
        Console.WriteLine("Where the slowest searches' time goes (ms, median of 3 each):");
        Console.WriteLine();
        Console.WriteLine(SearchSteps.Header);
        foreach (var slow in timed.OrderByDescending(t => t.Ms).Take(slowest))
            Console.WriteLine(SearchSteps.Measure(searcher, slow.Query, estimation).Row(slow.Kind, slow.Ms, slow.Estimated));
    }

    private static bool IsPasted(string query) => query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > QueryBuilder.PastedWords;

    /// <summary>Every n-th of the list, so the leads measured are spread over the file, not its first topics.</summary>
    private static List<string> Spread(List<string> all, int count) =>
        count >= all.Count ? all : Enumerable.Range(0, count).Select(i => all[(int)((long)i * all.Count / count)]).ToList();

    private static (string, string, double, int, bool) Time(Lucene.Net.Search.IndexSearcher searcher, Catalogue catalogue, string kind, string query, CountEstimation estimation)
    {
        var clock = Stopwatch.StartNew();
        var results = Search(searcher, catalogue, query, estimation);
        return (kind, query, clock.Elapsed.TotalMilliseconds, results.Hits.TotalCount, results.TotalIsEstimate);
    }

    // What the search page asks: the first page, with counts by year and source.
    private static SearchResults Search(Lucene.Net.Search.IndexSearcher searcher, Catalogue catalogue, string query, CountEstimation estimation) =>
        ArchiveSearch.Search(searcher, new SearchRequest { Query = query, WithFacets = true }, catalogue, estimation);

    private static void Row(string name, List<(string Kind, string Query, double Ms, int Total, bool Estimated)> times)
    {
        if (times.Count == 0) return; // --leads 0
        var latencies = new Latencies(name);
        foreach (var t in times) latencies.Add(t.Ms);
        var matches = times.Select(t => t.Total).Order().ElementAtOrDefault(times.Count / 2);
        Console.WriteLine($"| {name} ({times.Count}) | {latencies.Percentile(50):0.0} / {latencies.Percentile(95):0.0} / {latencies.Percentile(99):0.0} ms | {times.Max(t => t.Ms):0.0} ms | {matches:N0} | {times.Count(t => t.Estimated)} |");
    }
}
