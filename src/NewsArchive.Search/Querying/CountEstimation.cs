namespace NewsArchive.Search.Querying;

/// <summary>
/// When a search by relevance stops counting every match. A query that matches a large share of the archive (a
/// headline's common syllables and pairs, a pasted lead) would score and count every match: Lucene 4.8 cannot skip
/// matches that will not rank. Such a search finds its best matches among the articles that have more of its pairs
/// (<see cref="StricterQuery"/>) and counts a sample of the archive (<see cref="CountSample"/>): the total and the
/// counts by year and source are then estimates, shown as "khoảng …". Shares, not numbers of articles, so the rule
/// behaves alike at fifty thousand and at a million articles.
/// </summary>
/// <param name="Share">Estimate when the sample says at least this share of the archive matches.</param>
/// <param name="SampleShare">The share of the archive the sample reads.</param>
/// <param name="MinimumSample">At least this many articles are sampled, so a small archive's estimates stay close; an
/// archive no larger than this is always counted exactly.</param>
public sealed record CountEstimation(double Share, double SampleShare, int MinimumSample)
{
    /// <summary>
    /// From half a percent of the archive on, with 2 % of it (20,000 articles at least) sampled: at a million articles
    /// a query matching 5,000 has about 100 matches in the sample, its total known to about a tenth. Pasted text
    /// costs more for its candidates than for its matches: a lead matching 1 % of a million took 0.3 s counted.
    /// </summary>
    public static readonly CountEstimation Default = new(0.005, 0.02, 20_000);

    /// <summary>Every match counted, however many (for comparisons).</summary>
    public static readonly CountEstimation Never = new(double.PositiveInfinity, 0, int.MaxValue);

    /// <summary>The share of a reader of <paramref name="maxDoc"/> articles to sample; 1 or more: count them all.</summary>
    internal double SampledShareOf(int maxDoc) =>
        MinimumSample >= maxDoc ? 1 : Math.Max(SampleShare, (double)MinimumSample / maxDoc);
}
