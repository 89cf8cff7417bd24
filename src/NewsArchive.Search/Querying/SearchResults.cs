using NewsArchive.Content.Paging;

namespace NewsArchive.Search.Querying;

/// <summary>A page of results, and how the query was read.</summary>
public sealed record SearchResults(QueryText Query, SearchSort Sort, PageOf<SearchHit> Hits)
{
    /// <summary>The query with its diacritics restored the way the archive writes it, when typed without them.</summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// The words as read when they were typed with the input method off (Telex, VNI), and searched that way;
    /// null when they were searched as typed.
    /// </summary>
    public string? ReadAs { get; init; }

    /// <summary>
    /// Whether the total and the counts by year and source are extrapolated from a sample (<see cref="CountEstimation"/>):
    /// the query matches a large share of the archive, and a reader is told "about" so many.
    /// </summary>
    public bool TotalIsEstimate { get; init; }

    /// <summary>The matches counted by year and by source, when the request asked for them.</summary>
    public Facets Facets { get; init; } = Facets.None;

    /// <summary>When nothing was found: the query without its rarest word, if that finds something.</summary>
    public string? Relaxed { get; init; }
}
