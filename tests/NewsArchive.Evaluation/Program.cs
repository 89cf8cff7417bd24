using System.Diagnostics;
using System.Globalization;
using NewsArchive.Evaluation;

// Indexes a JSON Lines corpus three times (the archive's analysis; stock StandardAnalyzer, and the same with ASCII
// folding, as baselines), runs a query file in every way readers type, cut to its first words, and as short
// queries made from the known items' titles, and prints MRR@10, Recall@10, nDCG@10 and the zero-result rate.
//
//   dotnet run -c Release --project tests/NewsArchive.Evaluation -- \
//     --corpus ../shared/corpus/vi-news-50k.jsonl.gz --queries ../shared/corpus/queries-dev.jsonl.gz [--work DIR] [--limit N]
//     [--articles N]   (index only the first N articles: a quick timing of the indexing, not a quality figure)
//     [--exact-counts] (every match counted, never estimated from a sample: ranking as before CountEstimation)

var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "");
if (!options.TryGetValue("corpus", out var corpusPath) || !options.TryGetValue("queries", out var queryPath))
{
    Console.Error.WriteLine("usage: --corpus FILE.jsonl[.gz] --queries FILE.jsonl[.gz] [--work DIR] [--limit N] [--every N] [--no-baseline] [--exact-counts]");
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
var estimation = options.ContainsKey("exact-counts") ? NewsArchive.Search.Querying.CountEstimation.Never : NewsArchive.Search.Querying.CountEstimation.Default;
using var archive = ArchiveRetriever.Build(Path.Combine(work, "archive"), CorpusFiles.Articles(corpusPath).Take(articles), estimation);
Console.Error.WriteLine($"archive index ready in {clock.Elapsed.TotalSeconds:0.0} s ({CpuSince(ref cpu):0.0} s of CPU)");
clock.Restart();
// --no-baseline skips the stock indexes, for quick tuning runs.
var noBaseline = options.ContainsKey("no-baseline");
using IRetriever stock = noBaseline ? new NoRetriever() : StandardRetriever.Build(Path.Combine(work, "standard"), CorpusFiles.Articles(corpusPath).Take(articles), () => new Lucene.Net.Analysis.Standard.StandardAnalyzer(NewsArchive.Search.Analysis.WordSplitter.Version));
using IRetriever folding = noBaseline ? new NoRetriever() : StandardRetriever.Build(Path.Combine(work, "folding"), CorpusFiles.Articles(corpusPath).Take(articles), () => new FoldingAnalyzer());
Console.Error.WriteLine($"baseline indexes ready in {clock.Elapsed.TotalSeconds:0.0} s ({CpuSince(ref cpu):0.0} s of CPU)");
IRetriever[] engines = [archive, stock, folding];

// The columns of every table: the archive, stock StandardAnalyzer, and StandardAnalyzer with ASCII folding.
const string Columns = "MRR@10 | Recall@10 | nDCG@10 | zero results | stock MRR@10 | stock Recall@10 | stock nDCG@10 | stock zero | folding MRR@10 | folding Recall@10 | folding nDCG@10 | folding zero |";
const string Rule = "---|---|---|---|---|---|---|---|---|---|---|---|";
string Cells(IEnumerable<Metrics> each) => string.Join(" | ", each.Select(m => $"{m.Mrr:0.000} | {m.Recall:0.000} | {m.Ndcg:0.000} | {m.ZeroRate:0.0%}")) + " |";
string Row(IReadOnlyList<(string Text, IReadOnlySet<string> Relevant)> asked) => Cells(engines.Select(engine => Evaluate(engine, asked)));
static List<(string, IReadOnlySet<string>)> Typed(IEnumerable<CorpusQuery> queries, Func<string, string> typed) =>
    queries.Select(q => (typed(q.Text), q.Relevant)).ToList();

// --short-only prints the short-query table alone (tuning runs).
var shortOnly = options.ContainsKey("short-only");
// --types-only prints the table by query type alone (tuning runs for long queries).
var typesOnly = options.ContainsKey("types-only");
if (!shortOnly && !typesOnly)
{
    Console.WriteLine($"| way of typing | {Columns}");
    Console.WriteLine($"|---|{Rule}");
    foreach (var (name, make) in TypingVariants.All) Console.WriteLine($"| {name} | {Row(Typed(queries, make))}");

    // SHOW_MISSES=1 lists the queries whose relevant articles the baseline's top ten holds and ours does not.
    if (Environment.GetEnvironmentVariable("SHOW_MISSES") == "1")
    {
        foreach (var q in queries)
        {
            var ours = archive.Search(q.Text).Top.Count(q.Relevant.Contains);
            var theirs = stock.Search(q.Text).Top.Count(q.Relevant.Contains);
            if (theirs > ours) Console.Error.WriteLine($"miss: {q.Id} ours {ours} baseline {theirs}: {q.Text}");
        }
    }

    // A reader often types only the start of what they remember: the same queries cut to their first few words.
    Console.WriteLine();
    Console.WriteLine($"| words typed (as given) | {Columns}");
    Console.WriteLine($"|---|{Rule}");
    foreach (var words in (int[])[4, 6, 8])
    {
        string Cut(string q) => string.Join(' ', q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words));
        Console.WriteLine($"| first {words} | {Row(Typed(queries, Cut))}");
    }
}

// Or a few words of the title they remember, typed exactly or without diacritics (ShortQueries says how they are made).
if (!typesOnly) PrintShortQueries();

if (shortOnly) return 0;
Console.WriteLine();
Console.WriteLine($"| query type (as given) | queries | {Columns}");
Console.WriteLine($"|---|---|{Rule}");
foreach (var group in queries.GroupBy(q => q.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
    Console.WriteLine($"| {group.Key} | {group.Count()} | {Row(Typed(group, q => q))}");
return 0;

void PrintShortQueries()
{
    var sampled = queries.SelectMany(q => q.Relevant).ToHashSet();
    var shortQueries = ShortQueries.Cached(Path.Combine(work, "short-queries.tsv"), corpusPath, queryPath).Where(s => sampled.Contains(s.ArticleId)).ToList();
    Console.WriteLine();
    Console.WriteLine($"| short query | typed | queries | {Columns}");
    Console.WriteLine($"|---|---|---|{Rule}");
    foreach (var (typing, make) in ((string, Func<string, string>)[])[("exactly", q => q), ("no diacritics", TypingVariants.NoDiacritics), ("reversed", Reversed)])
    {
        foreach (var kind in ShortQueries.Kinds.Append("all three"))
        {
            // Reversed, a whole word would read backwards (Quốc Trung): only the rare syllables are asked so.
            if (typing == "reversed" && kind != ShortQueries.RareSyllables) continue;
            var asked = shortQueries.Where(s => kind == "all three" || s.Kind == kind).Select(s => (make(s.Text), s.Relevant)).ToList();
            Console.WriteLine($"| {kind} | {typing} | {asked.Count} | {Row(asked)}");
            // SHOW_SHORT=1 lists the short queries whose article the archive does not rank first.
            if (Environment.GetEnvironmentVariable("SHOW_SHORT") != "1" || kind == "all three") continue;
            foreach (var (text, relevant) in asked)
            {
                var top = archive.Search(text).Top.ToList();
                var rank = top.FindIndex(relevant.Contains);
                if (rank != 0) Console.Error.WriteLine($"short: {kind} rank {(rank < 0 ? "-" : (rank + 1).ToString(CultureInfo.InvariantCulture))}: {text} [{string.Join(" / ", top.Take(3).Select(archive.TitleOf))}] wanted [{archive.TitleOf(relevant.First())}]");
            }
        }
    }
}

// The same syllables typed last first: readers do not always recall a headline's words in its order.
static string Reversed(string query) => string.Join(' ', query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse());

static Metrics Evaluate(IRetriever retriever, IReadOnlyList<(string Text, IReadOnlySet<string> Relevant)> queries)
{
    var results = queries.AsParallel().AsOrdered().Select(q => (q, hits: retriever.Search(q.Text))).ToList();
    var metrics = new Metrics();
    foreach (var (q, hits) in results)
    {
        metrics.Add(hits.Top, hits.Total, q.Relevant);
        if (hits.Total == 0 && retriever is ArchiveRetriever && Environment.GetEnvironmentVariable("SHOW_ZERO") == "1") Console.Error.WriteLine($"zero: {q.Text}");
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
