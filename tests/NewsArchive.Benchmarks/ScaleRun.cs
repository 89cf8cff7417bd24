using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsArchive.Benchmarks.Baselines;
using NewsArchive.Benchmarks.Generation;
using NewsArchive.Benchmarks.Java;
using NewsArchive.Benchmarks.Measuring;

namespace NewsArchive.Benchmarks;

/// <summary>
/// One scale run: generate N articles, build the index with the real site, restart it, change a file, time pages and
/// searches over HTTP, and build the same files with stock Java Lucene for comparison. Prints a Markdown table.
/// </summary>
internal sealed class ScaleRun(string repository, string corpusPath, string work, int articles, bool reuseIndex)
{
    private static readonly TimeSpan BuildLimit = TimeSpan.FromHours(6);
    private readonly List<(string What, string Value)> _rows = [];

    public async Task<IReadOnlyList<(string What, string Value)>> RunAsync(bool withJava)
    {
        var webDll = BuildSite();
        var content = Path.Combine(work, $"content-{articles}");
        var index = Path.Combine(work, $"index-{articles}");
        Step($"generating {articles:N0} articles in {content}");
        SyntheticArchive.Generate(corpusPath, articles, content);
        var contentBytes = FolderBytes(content);
        Add("articles", articles.ToString("N0", CultureInfo.InvariantCulture));
        Add("article files", $"{contentBytes / 1e6:0} MB");

        if (reuseIndex && Directory.Exists(index)) Step($"reusing the index in {index}: no build measured");
        else await BuildAsync(webDll, content, index, contentBytes, withJava);

        Step("restarting on the unchanged folder");
        await using (var site = MeasuredSite.Start(webDll, content, index))
        {
            var (ready, http) = await site.WaitUntilReadyAsync(BuildLimit);
            using (http)
            {
                Add("restart, unchanged folder (start to searchable)", $"{ready.TotalSeconds:0.0} s, {site.CpuTime().TotalSeconds:0.0} s CPU");
                await ChangeLatencyAsync(http, content);
                await RequestTimesAsync(http);
                Add("memory after the requests (resident / peak)", $"{site.MemoryMb():0} MB / {site.PeakMemoryMb():0} MB");
            }
            await site.StopAsync();
        }
        return _rows;
    }

    private async Task BuildAsync(string webDll, string content, string index, long contentBytes, bool withJava)
    {
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        Step("building the index with the site");
        await using (var site = MeasuredSite.Start(webDll, content, index))
        {
            var (built, http) = await site.WaitUntilReadyAsync(BuildLimit);
            using (http)
            {
                var cpu = site.CpuTime();
                Add("index build (site start to searchable)", $"{built.TotalSeconds:0.0} s wall, {cpu.TotalSeconds:0.0} s CPU, {articles / built.TotalSeconds:0} articles/s, {contentBytes / 1e6 / built.TotalSeconds:0.0} MB/s");
                Add("peak memory while building", $"{site.PeakMemoryMb():0} MB");
                Add("index size", $"{FolderBytes(index) / 1e6:0} MB ({FolderBytes(index) / (double)contentBytes:0.00}× the files)");
                await VerifyCountAsync(http);
                await site.StopAsync();
                if (withJava) CompareWithJava(content, built, cpu);
            }
        }
    }

    private void CompareWithJava(string content, TimeSpan built, TimeSpan cpu)
    {
        if (JavaLuceneBaseline.Missing() is { } missing)
        {
            Add("Java Lucene 4.10 StandardAnalyzer build", $"not run: missing {missing}");
            return;
        }
        Step("building the same files with Java Lucene 4.10 and StandardAnalyzer");
        var java = JavaLuceneBaseline.Run(content, work);
        Add("Java Lucene 4.10 StandardAnalyzer build", $"{java.Seconds:0.0} s wall, {java.CpuSeconds:0.0} s CPU ({java.Docs:N0} files)");
        Add("our build ÷ Java's (target ≤ 2)", $"{built.TotalSeconds / java.Seconds:0.00} wall, {cpu.TotalSeconds / java.CpuSeconds:0.00} CPU");

        Step("building the same files with Lucene.Net and StandardAnalyzer, as the Java baseline does");
        var port = LuceneNetStandardBuild.Run(content, Path.Combine(work, "lucenenet-index"));
        Add("Lucene.Net StandardAnalyzer build (the Java baseline's code in C#)", $"{port.Seconds:0.0} s wall, {port.CpuSeconds:0.0} s CPU ({port.Docs:N0} files)");
        Add("the port's cost: Lucene.Net ÷ Java, same code", $"{port.Seconds / java.Seconds:0.00} wall, {port.CpuSeconds / java.CpuSeconds:0.00} CPU");
        Add("the archive's analysis: our build ÷ Lucene.Net's", $"{built.TotalSeconds / port.Seconds:0.00} wall, {cpu.TotalSeconds / port.CpuSeconds:0.00} CPU");
    }

    /// <summary>One file edited while the site runs: how long until a search finds its new word (5 times, median).</summary>
    private async Task ChangeLatencyAsync(HttpClient http, string content)
    {
        var files = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Take(5).ToList();
        var times = new List<double>();
        for (var i = 0; i < files.Count; i++)
        {
            var word = $"thaydoi{i}x{Environment.TickCount64 % 100000}";
            var text = await File.ReadAllTextAsync(files[i]);
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(files[i], text.Replace("\n---\n", $"\n---\n{word}. ", StringComparison.Ordinal));
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (await TotalAsync(http, word) > 0) break;
                await Task.Delay(25);
            }
            times.Add(clock.Elapsed.TotalSeconds);
        }
        Add("one edited file searchable after (median of 5)", $"{times.Order().ElementAt(times.Count / 2):0.00} s");
    }

    private const int WarmUpExtra = 250;

    /// <summary>Sequential requests, each URL once (so no page comes from a cache), after a warm-up.</summary>
    private async Task RequestTimesAsync(HttpClient http)
    {
        // Measured: slugs 50–299 and queries 50–399. The rest warm the site up.
        var slugs = await SlugsAsync(http, 300 + WarmUpExtra);
        var queries = QueryMix.Load(corpusPath, 400 + WarmUpExtra);
        var article = new Latencies("article page");
        var list = new Latencies("home page, page N");
        // The query mix takes turns (QueryMix): a headline as written, the same without diacritics, a quoted pair.
        Latencies[] searchKinds = [new("search page, headline as written"), new("search page, headline without diacritics"), new("search page, quoted two-word phrase")];
        var day = new Latencies("archive month");
        var warm = new Latencies("warm-up");
        // The JIT's tiers and its profile-guided optimisation settle over the first hundreds of requests, and they
        // optimise the code that search and article pages share for what they have seen: a warm-up of only one
        // kind measured the other at half speed. So the warm-up takes turns, 300 pages of each kind (other URLs).
        var warmSlugs = slugs.Take(50).Concat(slugs.Skip(300)).ToList();
        var warmQueries = queries.Take(50).Concat(queries.Skip(400)).ToList();
        for (var i = 0; i < Math.Max(warmSlugs.Count, warmQueries.Count); i++)
        {
            if (i < warmSlugs.Count) await warm.TimeAsync(http, $"articles/{warmSlugs[i]}");
            if (i < warmQueries.Count) await warm.TimeAsync(http, $"search?q={Uri.EscapeDataString(warmQueries[i])}&page=2");
        }

        foreach (var slug in slugs.Skip(50).Take(250)) await article.TimeAsync(http, $"articles/{slug}");
        var lastPage = Math.Min(200, articles / 20);
        for (var page = 2; page <= lastPage; page++) await list.TimeAsync(http, $"?page={page}");
        for (var i = 50; i < Math.Min(400, queries.Count); i++) await searchKinds[i % 3].TimeAsync(http, $"search?q={Uri.EscapeDataString(queries[i])}");
        var search = Latencies.Together("search page", searchKinds);
        for (var year = 2005; year <= 2025; year++)
            for (var month = 1; month <= 12; month++) await day.TimeAsync(http, $"archive/{year}/{month:D2}");

        foreach (var kind in new[] { article, list, day, search }.Concat(searchKinds))
            Add($"{kind.Name}: p50 / p95 / p99 ({kind.Count} requests{(kind.Failures > 0 ? $", {kind.Failures} not 200" : "")})",
                $"{kind.Percentile(50):0.0} / {kind.Percentile(95):0.0} / {kind.Percentile(99):0.0} ms");
        Add("search ÷ article page (median)", $"{search.Percentile(50) / article.Percentile(50):0.0}×");
    }

    /// <summary>Slugs spread over the whole archive: ten from each of some random pages of the oldest-first list.</summary>
    private static async Task<List<string>> SlugsAsync(HttpClient http, int count)
    {
        var slugs = new HashSet<string>();
        var random = new Random(7);
        var pages = Math.Clamp(await TotalAsync(http, "") / 100, 1, 100);
        for (var tries = 0; slugs.Count < count && tries < count; tries++)
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri($"api/search?sort=oldest&pageSize=100&page={random.Next(1, pages + 1)}", UriKind.Relative)));
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray().Skip(random.Next(90)).Take(10))
                slugs.Add(item.GetProperty("slug").GetString()!);
        }
        return [.. slugs];
    }

    private static async Task<int> TotalAsync(HttpClient http, string query)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri($"api/search?q={Uri.EscapeDataString(query)}", UriKind.Relative)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private async Task VerifyCountAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("health", UriKind.Relative)));
        var served = json.RootElement.GetProperty("articles").GetInt32();
        var rejected = json.RootElement.GetProperty("rejectedFiles").GetInt32();
        Add("articles searchable / files rejected", $"{served:N0} / {rejected:N0}");
    }

    private string BuildSite()
    {
        Step("building the site (Release)");
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { "build", Path.Combine(repository, "src", "NewsArchive.Web"), "-c", "Release", "-v", "q", "--nologo" } };
        using var build = Process.Start(start)!;
        build.WaitForExit();
        if (build.ExitCode != 0) throw new InvalidOperationException("the site did not build");
        return Path.Combine(repository, "src", "NewsArchive.Web", "bin", "Release", "net10.0", "NewsArchive.Web.dll");
    }

    private void Add(string what, string value)
    {
        _rows.Add((what, value));
        Console.Error.WriteLine($"  {what}: {value}");
    }

    private static void Step(string what) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {what}");

    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);
}

/// <summary>Search queries as readers type them: the dev queries as given, without diacritics, and as short phrases.</summary>
internal static class QueryMix
{
    public static List<string> Load(string corpusPath, int count) =>
        FromFile(Path.Combine(Path.GetDirectoryName(corpusPath)!, "queries-dev.jsonl.gz"), count);

    /// <summary>The first <paramref name="count"/> queries of a query file, taking turns between the three kinds.</summary>
    public static List<string> FromFile(string queriesPath, int count)
    {
        var typed = new List<string>();
        foreach (var dev in DevQueries(queriesPath))
        {
            if (typed.Count == count) break;
            var query = dev;
            // Keep search-box queries: the long pasted leads are a different kind of request.
            var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 12) query = string.Join(' ', words.Take(6));
            typed.Add((typed.Count % 3) switch
            {
                0 => query,
                1 => NoDiacritics(query),
                _ => $"\"{string.Join(' ', words.Take(2))}\"",
            });
        }
        return typed;
    }

    /// <summary>Every query of a query file (JSON lines, gzipped), as given.</summary>
    public static IEnumerable<string> DevQueries(string queriesPath)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(queriesPath), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            yield return json.RootElement.GetProperty("query").GetString()!;
        }
    }

    private static string NoDiacritics(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        return plain.ToString();
    }
}
