namespace NewsArchive.Search.Querying;

/// <summary>
/// A search as a reader asks it: words as typed (may be empty, to browse), an inclusive range of Vietnam-local
/// days, a source slug, an order, and a page.
/// </summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Source { get; init; }

    /// <summary>A tag's slug: only articles with that tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Only articles without a date (the date archive's "date unknown" list).</summary>
    public bool Undated { get; init; }

    /// <summary>Null means the default: by relevance when there are words, newest first otherwise.</summary>
    public SearchSort? Sort { get; init; }

    /// <summary>Search the words exactly as typed, without reading them as Telex or VNI typing.</summary>
    public bool Literal { get; init; }

    /// <summary>Count the matches by year and source too (the search page shows them; the API does not need them).</summary>
    public bool WithFacets { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    public SearchSort EffectiveSort(bool hasWords) => Sort ?? (hasWords ? SearchSort.Relevance : SearchSort.Newest);
}
