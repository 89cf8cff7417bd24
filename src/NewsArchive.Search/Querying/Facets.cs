namespace NewsArchive.Search.Querying;

/// <summary>How the matches of a search spread over years and sources, so a reader can narrow them with one click.</summary>
public sealed record Facets(IReadOnlyList<(int Year, int Count)> Years, IReadOnlyList<(string Slug, int Count)> Sources)
{
    public static readonly Facets None = new([], []);
}
