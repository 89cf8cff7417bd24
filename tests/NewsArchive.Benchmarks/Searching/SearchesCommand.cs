using System.Globalization;
using NewsArchive.Search.Querying;

namespace NewsArchive.Benchmarks.Searching;

/// <summary>The <c>searches</c> command's options: an index folder, the query file, how many leads and slow searches,
/// and <c>--exact</c> to count every match (the search as it was before counts were estimated).</summary>
internal static class SearchesCommand
{
    public static int Run(string[] args)
    {
        string? index = null;
        var queries = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus", "queries-dev.jsonl.gz"));
        int leads = 60, slowest = 12;
        var estimation = CountEstimation.Default;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--index": index = args[++i]; break;
                case "--queries": queries = args[++i]; break;
                case "--leads": leads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--slowest": slowest = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--exact": estimation = CountEstimation.Never; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        if (index is null || !Directory.Exists(index) || !File.Exists(queries))
        {
            Console.Error.WriteLine("usage: searches --index DIR [--queries FILE.jsonl.gz] [--leads N] [--slowest N] [--exact] (the index of a scale run, e.g. /tmp/newsarchive-bench/index-1000000)");
            return 2;
        }
        new SearchRun(index, queries, leads, slowest, estimation).Run();
        return 0;
    }
}
