namespace NewsArchive.Content.Files;

/// <summary>The front matter fields an article file may set, and the limits every format keeps to.</summary>
public static class KnownFields
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "title", "date", "source", "source_url", "authors", "author", "tags", "summary", "slug",
    };

    public static readonly IReadOnlySet<string> Lists = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "authors", "author", "tags",
    };

    /// <summary>Real headlines are under 300 characters; past this the "title" is a paragraph or a whole file on one line.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>A sapo is two or three sentences; past this it is the article itself.</summary>
    public const int MaxSummaryLength = 2000;

    /// <summary>Bylines name a handful of people; more is a list pasted into the wrong field.</summary>
    public const int MaxAuthors = 20;

    public const int MaxTags = 50;

    /// <summary>One author's name or one tag; longer is a sentence, not a name.</summary>
    public const int MaxNameLength = 100;
}
