using System.Globalization;
using BenchmarkDotNet.Running;
using NewsArchive.Benchmarks;
using NewsArchive.Benchmarks.Searching;

// The project's performance benchmarks (docs/performance.md):
//
//   dotnet run -c Release --project tests/NewsArchive.Benchmarks -- scale --articles 10000 [--articles 100000 …]
//       [--corpus ../shared/corpus/vi-news-50k.jsonl.gz] [--work /tmp/newsarchive-bench] [--no-java]
//       [--reuse-index]   (keep the index of an earlier run: measure restart, changes and requests only)
//   dotnet run -c Release --project tests/NewsArchive.Benchmarks -- micro [BenchmarkDotNet options, e.g. --filter *Query*]
//   dotnet run -c Release --project tests/NewsArchive.Benchmarks -- searches --index /tmp/newsarchive-bench/index-1000000
//       [--queries ../shared/corpus/queries-dev.jsonl.gz] [--leads 60] [--slowest 12] [--exact]
//
// "scale" generates an archive of N articles outside the repository (recombined corpus sentences), builds its index
// with the real site, restarts it, edits a file, times pages and searches over HTTP, and builds the same files with
// stock Java Lucene 4.10; it prints one Markdown table with a column per size. "searches" opens an existing index
// read-only and times the same search mix in-process, plus pasted leads, and where the slowest searches spend it.

if (args.Length > 0 && args[0] == "micro")
{
    BenchmarkSwitcher.FromAssembly(typeof(ScaleRun).Assembly).Run(args[1..]);
    return 0;
}
if (args.Length > 0 && args[0] == "searches") return SearchesCommand.Run(args[1..]);
if (args.Length == 0 || args[0] != "scale")
{
    Console.Error.WriteLine("usage: scale --articles N [--articles N …] [--corpus FILE] [--work DIR] [--no-java] [--reuse-index] | micro [BenchmarkDotNet options]" +
                            " | searches --index DIR [--queries FILE] [--leads N] [--slowest N] [--exact]");
    return 2;
}

var sizes = new List<int>();
string? corpus = null, work = null;
var withJava = true;
var reuseIndex = false;
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--articles": sizes.Add(int.Parse(args[++i], CultureInfo.InvariantCulture)); break;
        case "--corpus": corpus = args[++i]; break;
        case "--work": work = args[++i]; break;
        case "--no-java": withJava = false; break;
        case "--reuse-index": reuseIndex = true; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

var repository = RepositoryPaths.Root;
corpus ??= Path.GetFullPath(Path.Combine(repository, "..", "shared", "corpus", "vi-news-50k.jsonl.gz"));
work ??= Path.Combine(Path.GetTempPath(), "newsarchive-bench");
if (!File.Exists(corpus))
{
    Console.Error.WriteLine($"The corpus {corpus} is missing: give --corpus FILE.jsonl.gz (with queries-dev.jsonl.gz beside it).");
    return 2;
}
if (Path.GetFullPath(work).StartsWith(repository, StringComparison.Ordinal))
{
    Console.Error.WriteLine("The work folder must be outside the repository: generated articles are never committed.");
    return 2;
}
if (sizes.Count == 0) sizes.Add(10_000);

var columns = new List<IReadOnlyList<(string What, string Value)>>();
foreach (var size in sizes)
    columns.Add(await new ScaleRun(repository, corpus, work, size, reuseIndex).RunAsync(withJava));

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; load average at the end {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine();
Console.WriteLine("| measure | " + string.Join(" | ", sizes.Select(s => $"{s:N0} articles")) + " |");
Console.WriteLine("|---|" + string.Concat(sizes.Select(_ => "---|")));
foreach (var what in columns.SelectMany(c => c.Select(r => r.What)).Distinct())
    Console.WriteLine($"| {what} | " + string.Join(" | ", columns.Select(c => c.FirstOrDefault(r => r.What == what).Value ?? "")) + " |");
return 0;
