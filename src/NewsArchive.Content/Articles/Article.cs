namespace NewsArchive.Content.Articles;

/// <summary>One news article as the archive serves it.</summary>
public sealed record Article
{
    /// <summary>The file's path relative to the content folder, with '/' separators: the article's identity.</summary>
    public required string Id { get; init; }

    public required string Slug { get; init; }

    /// <summary>True when the file named its slug (<c>slug:</c> in front matter); such slugs win collisions.</summary>
    public bool HasExplicitSlug { get; init; }

    public required string Title { get; init; }

    /// <summary>When the original was published, with its offset; null when the file does not say.</summary>
    public DateTimeOffset? Date { get; init; }

    public ArticleSource? Source { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Summary { get; init; }

    public required ArticleBody Body { get; init; }

    public string Url => "/articles/" + Slug;
}
