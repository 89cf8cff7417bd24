using Lucene.Net.Search;

namespace NewsArchive.Search.Querying;

/// <summary>
/// A query's matches counted in a sample of the archive (<see cref="SampleSlices"/>), by year and source too when
/// asked, and extrapolated to the whole archive: what a search that matches much of the archive shows as "khoảng".
/// </summary>
internal sealed record CountSample(int Matches, long Sampled, int MaxDoc, Facets Facets)
{
    /// <summary>The share of the archive's articles that match, as the sample sees it.</summary>
    public double Share => Sampled == 0 ? 0 : (double)Matches / Sampled;

    /// <summary>The matches in the whole archive, about; never fewer than <paramref name="atLeast"/> (matches seen).</summary>
    public int Total(int atLeast) => Math.Max(atLeast, Estimate(Matches));

    /// <summary>Counts the query's matches in <paramref name="share"/> of each segment (all of them when 1 or more).</summary>
    public static CountSample Take(IndexSearcher searcher, Query query, double share, bool withFacets)
    {
        var counter = new TotalHitCountCollector();
        var facets = withFacets ? new FacetCollector() : null;
        var sampled = new FilteredQuery(query, new SampleSlices(share), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        searcher.Search(sampled, facets is null ? counter : MultiCollector.Wrap(counter, facets));
        var size = searcher.IndexReader.Leaves.Sum(leaf => SampleSlices.Size(leaf.AtomicReader.MaxDoc, share));
        var sample = new CountSample(counter.TotalHits, size, searcher.IndexReader.MaxDoc, Facets.None);
        return facets is null ? sample : sample with { Facets = sample.Scaled(facets.Result()) };
    }

    private Facets Scaled(Facets sampled) => new(
        sampled.Years.Select(y => (y.Year, Estimate(y.Count))).ToList(),
        sampled.Sources.Select(s => (s.Slug, Estimate(s.Count))).OrderByDescending(s => s.Item2).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList());

    /// <summary>A count in the sample scaled to the archive, to two significant figures: the figures after those
    /// would be noise (a sample of 20,000 knows a share of a quarter to about 1 %).</summary>
    private int Estimate(int inSample)
    {
        var scaled = Sampled == 0 ? 0 : (double)inSample * MaxDoc / Sampled;
        if (scaled < 100) return (int)Math.Round(scaled);
        var unit = Math.Pow(10, Math.Floor(Math.Log10(scaled)) - 1);
        return (int)(Math.Round(scaled / unit) * unit);
    }
}
