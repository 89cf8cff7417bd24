namespace NewsArchive.Search.Browsing;

/// <summary>A publication, the slug that filters by it, and how many articles the archive has from it.</summary>
/// <param name="Site">The publication's home page, from the links of its articles; null when none has a link.</param>
public sealed record SourceCount(string Slug, string Name, int Count, Uri? Site = null);
