using System.Diagnostics;
using System.Globalization;
using NewsArchive.Evaluation;

// Indexes a JSON Lines corpus twice (the archive's analysis, and stock StandardAnalyzer as the baseline), runs a
// query file in every way readers type, and prints MRR@10, Recall@10, nDCG@10 and the zero-result rate.
//
//   dotnet run -c Release --project tests/NewsArchive.Evaluation -- \
//     --corpus ../shared/corpus/vi-news-50k.jsonl.gz --queries ../shared/corpus/queries-dev.jsonl.gz [--work DIR] [--limit N]
//     [--articles N]   (index only the first N articles: a quick timing of the indexing, not a quality figure)

var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "");
if (!options.TryGetValue("corpus", out var corpusPath) || !options.TryGetValue("queries", out var queryPath))
{
    Console.Error.WriteLine("usage: --corpus FILE.jsonl[.gz] --queries FILE.jsonl[.gz] [--work DIR] [--limit N] [--every N] [--no-baseline]");
    return 2;
}
var work = options.GetValueOrDefault("work") is { Length: > 0 } w ? w : Path.Combine(Path.GetTempPath(), "newsarchive-evaluation");
var limit = options.TryGetValue("limit", out var l) ? int.Parse(l, CultureInfo.InvariantCulture) : int.MaxValue;

// --every N keeps every Nth query: a quick, still mixed sample for tuning runs.
var every = options.TryGetValue("every", out var e) ? int.Parse(e, CultureInfo.InvariantCulture) : 1;
var queries = CorpusFiles.Queries(queryPath).Where((_, i) => i % every == 0).Take(limit).ToList();
Console.Error.WriteLine($"{queries.Count} queries; work folder {work} (delete it to re-index)");

var articles = options.TryGetValue("articles", out var n) ? int.Parse(n, CultureInfo.InvariantCulture) : int.MaxValue;
var clock = Stopwatch.StartNew();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
using var archive = ArchiveRetriever.Build(Path.Combine(work, "archive"), CorpusFiles.Articles(corpusPath).Take(articles));
Console.Error.WriteLine($"archive index ready in {clock.Elapsed.TotalSeconds:0.0} s ({CpuSince(ref cpu):0.0} s of CPU)");
clock.Restart();
// --no-baseline skips the stock index, for quick tuning runs.
using IRetriever baseline = options.ContainsKey("no-baseline") ? new NoRetriever() : StandardRetriever.Build(Path.Combine(work, "standard"), CorpusFiles.Articles(corpusPath).Take(articles));
Console.Error.WriteLine($"baseline index ready in {clock.Elapsed.TotalSeconds:0.0} s ({CpuSince(ref cpu):0.0} s of CPU)");

Console.WriteLine("| way of typing | MRR@10 | Recall@10 | nDCG@10 | zero results | baseline MRR@10 | baseline Recall@10 | baseline nDCG@10 | baseline zero |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
foreach (var (name, make) in TypingVariants.All)
{
    var ours = Evaluate(archive, queries, make);
    var stock = Evaluate(baseline, queries, make);
    Console.WriteLine($"| {name} | {ours.Mrr:0.000} | {ours.Recall:0.000} | {ours.Ndcg:0.000} | {ours.ZeroRate:0.0%} | {stock.Mrr:0.000} | {stock.Recall:0.000} | {stock.Ndcg:0.000} | {stock.ZeroRate:0.0%} |");
}

// SHOW_MISSES=1 lists the queries whose relevant articles the baseline's top ten holds and ours does not.
if (Environment.GetEnvironmentVariable("SHOW_MISSES") == "1")
{
    foreach (var q in queries)
    {
        var ours = archive.Search(q.Text).Top.Count(q.Relevant.Contains);
        var stock = baseline.Search(q.Text).Top.Count(q.Relevant.Contains);
        if (stock > ours) Console.Error.WriteLine($"miss: {q.Id} ours {ours} baseline {stock}: {q.Text}");
    }
}

// A reader often types only the start of what they remember: the same queries cut to their first few words.
Console.WriteLine();
Console.WriteLine("| words typed (as given) | MRR@10 | Recall@10 | nDCG@10 | zero results | baseline MRR@10 | baseline Recall@10 | baseline nDCG@10 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
foreach (var words in (int[])[4, 6, 8])
{
    string Cut(string q) => string.Join(' ', q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words));
    var ours = Evaluate(archive, queries, Cut);
    var stock = Evaluate(baseline, queries, Cut);
    Console.WriteLine($"| first {words} | {ours.Mrr:0.000} | {ours.Recall:0.000} | {ours.Ndcg:0.000} | {ours.ZeroRate:0.0%} | {stock.Mrr:0.000} | {stock.Recall:0.000} | {stock.Ndcg:0.000} |");
}

Console.WriteLine();
Console.WriteLine("| query type (as given) | queries | MRR@10 | Recall@10 | nDCG@10 | baseline MRR@10 | baseline Recall@10 | baseline nDCG@10 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
foreach (var group in queries.GroupBy(q => q.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var ours = Evaluate(archive, group.ToList(), q => q);
    var stock = Evaluate(baseline, group.ToList(), q => q);
    Console.WriteLine($"| {group.Key} | {group.Count()} | {ours.Mrr:0.000} | {ours.Recall:0.000} | {ours.Ndcg:0.000} | {stock.Mrr:0.000} | {stock.Recall:0.000} | {stock.Ndcg:0.000} |");
}
return 0;

static Metrics Evaluate(IRetriever retriever, IReadOnlyList<CorpusQuery> queries, Func<string, string> typed)
{
    var results = queries.AsParallel().AsOrdered().Select(q => (q, hits: retriever.Search(typed(q.Text)))).ToList();
    var metrics = new Metrics();
    foreach (var (q, hits) in results)
    {
        metrics.Add(hits.Top, hits.Total, q.Relevant);
        if (hits.Total == 0 && Environment.GetEnvironmentVariable("SHOW_ZERO") == "1") Console.Error.WriteLine($"zero: {q.Id}: {typed(q.Text)}");
    }
    return metrics;
}

// CPU seconds used by the whole process since the last call: steadier than wall time on a shared machine.
static double CpuSince(ref TimeSpan before)
{
    var now = Process.GetCurrentProcess().TotalProcessorTime;
    var used = (now - before).TotalSeconds;
    before = now;
    return used;
}
