using System.Diagnostics;

namespace NewsArchive.Benchmarks.Measuring;

/// <summary>Response times of one kind of request, one at a time, and their percentiles.</summary>
internal sealed class Latencies(string name)
{
    private readonly List<double> _milliseconds = [];
    public string Name => name;
    public int Count => _milliseconds.Count;
    public int Failures { get; private set; }

    /// <summary>Times one GET; anything but a 200 counts as a failure (and its time is still kept).</summary>
    public async Task TimeAsync(HttpClient http, string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        _milliseconds.Add(clock.Elapsed.TotalMilliseconds);
        if (!response.IsSuccessStatusCode) Failures++;
    }

    /// <summary>Keeps a time measured elsewhere (in-process searches).</summary>
    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    /// <summary>The times of several kinds taken together.</summary>
    public static Latencies Together(string name, params Latencies[] kinds)
    {
        var all = new Latencies(name);
        foreach (var kind in kinds)
        {
            all._milliseconds.AddRange(kind._milliseconds);
            all.Failures += kind.Failures;
        }
        return all;
    }

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0) return double.NaN;
        var sorted = _milliseconds.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
