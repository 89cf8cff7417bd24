using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>Front matter fields applied over what a parser read from the text itself: the front matter wins.</summary>
internal static class ArticleFields
{
    public static Article Build(
        string id,
        FrontMatter front,
        string title,
        ArticleBody body,
        SourceDirectory sources,
        PlainTextTrailer.SourceLine? fallbackSource,
        IReadOnlyList<string> fallbackAuthors,
        DateTimeOffset? fallbackDate,
        string titleOrigin = "the title",
        string? fallbackSummary = null)
    {
        title = OneLine(title);
        FieldLimits.CheckTitle(title, titleOrigin);
        var explicitSlug = front.Text("slug");
        var slug = explicitSlug is null ? Slug.FromTitle(title) : Slug.FromTitle(explicitSlug);
        var date = front.Text("date") is { } dateText ? ArticleDates.Parse(dateText) : fallbackDate;

        var sourceName = front.Text("source") ?? fallbackSource?.Name;
        var sourceUrl = front.Text("source_url") ?? fallbackSource?.Url;
        if (sourceUrl is not null && ArticleSource.SafeUrl(sourceUrl) is null)
            throw new ArticleFileException($"the source_url '{Short(sourceUrl)}' is not an http or https link");

        var authors = front.List("authors") is { Count: > 0 } listed ? listed
            : front.List("author") is { Count: > 0 } single ? single
            : fallbackAuthors;
        var tags = front.List("tags");
        var summary = (front.Text("summary") ?? fallbackSummary) is { } summaryText ? OneLine(summaryText) : null;
        FieldLimits.Check(authors, tags, summary);

        return new Article
        {
            Id = id,
            Slug = slug,
            HasExplicitSlug = explicitSlug is not null,
            Title = title,
            Date = date,
            Source = sources.Resolve(sourceName, sourceUrl),
            Authors = authors,
            Tags = tags,
            Summary = summary,
            Body = body,
        };
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
