
namespace NewsArchive.Search.Indexing;

/// <summary>The names of the index's fields, and the version of the schema they make up.</summary>
public static class IndexFields
{
    /// <summary>Bumped whenever fields or analysis change: an index of another version is rebuilt from content.</summary>
    public const int SchemaVersion = 5;

    // Identity and change detection.
    public const string Id = "id";
    public const string Stamp = "stamp";
    public const string Slug = "slug";
    public const string WantedSlug = "wanted_slug";
    public const string ExplicitSlug = "explicit_slug";

    // Stored for display.
    public const string Title = "title";
    public const string Date = "date";
    public const string SourceName = "source_name";
    public const string SourceUrl = "source_url";
    public const string Authors = "author";
    public const string Tags = "tag";
    public const string TagSlug = "tag_slug";
    public const string Summary = "summary";
    public const string Excerpt = "excerpt";
    public const string Format = "format";
    public const string Body = "body";
    public const string Markdown = "markdown";
    public const string Captions = "captions";

    // Filters and sorting.
    public const string Source = "source";
    public const string Day = "day";
    public const string SortDate = "sort_date";
    public const string SortId = "sort_id";

    // Searched text: title and body words in the exact and folded tiers, with pairs of neighbours (exact ones for the lead).
    public static string Words(string part, Analysis.Tier tier) => $"{part}.{tier.ToString().ToLowerInvariant()}";

    public static string Pairs(string part, Analysis.Tier tier) => $"{part}.{tier.ToString().ToLowerInvariant()}2";

    public const string TitlePart = "t";
    public const string BodyPart = "b";
}
