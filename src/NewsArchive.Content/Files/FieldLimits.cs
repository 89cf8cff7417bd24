using System.Globalization;
using static NewsArchive.Content.Files.KnownFields;

namespace NewsArchive.Content.Files;

/// <summary>
/// The same limits for every format: a field past them is a mistake (a whole file on one line, a list pasted
/// into the wrong field), and the file is refused with the field named, rather than served as a broken page.
/// </summary>
internal static class FieldLimits
{
    private static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    public static void CheckTitle(string title, string origin)
    {
        if (title.Length > MaxTitleLength)
            throw new ArticleFileException(
                $"{origin} is {title.Length.ToString("N0", Numbers)} characters long, over the limit of {MaxTitleLength} for a title (headlines are rarely over 300): \"{Start(title)}\"");
    }

    public static void Check(IReadOnlyList<string> authors, IReadOnlyList<string> tags, string? summary)
    {
        if (authors.Count > MaxAuthors)
            throw new ArticleFileException($"the article names {authors.Count.ToString("N0", Numbers)} authors, over the limit of {MaxAuthors}");
        if (authors.FirstOrDefault(a => a.Length > MaxNameLength) is { } author)
            throw new ArticleFileException($"an author's name is {author.Length.ToString("N0", Numbers)} characters long, over the limit of {MaxNameLength}: \"{Start(author)}\"");
        if (tags.Count > MaxTags)
            throw new ArticleFileException($"the article has {tags.Count.ToString("N0", Numbers)} tags, over the limit of {MaxTags}");
        if (tags.FirstOrDefault(t => t.Length > MaxNameLength) is { } tag)
            throw new ArticleFileException($"a tag is {tag.Length.ToString("N0", Numbers)} characters long, over the limit of {MaxNameLength}: \"{Start(tag)}\"");
        if (summary is not null && summary.Length > MaxSummaryLength)
            throw new ArticleFileException($"the summary is {summary.Length.ToString("N0", Numbers)} characters long, over the limit of {MaxSummaryLength}");
    }

    private static string Start(string text) => text.Length <= 50 ? text : text[..50] + "…";
}
