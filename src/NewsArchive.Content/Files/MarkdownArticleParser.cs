using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>
/// A <c>.md</c> file: YAML front matter, then the body in Markdown. Without front matter the first <c># heading</c>
/// is the title, and a closing source line or byline and an opening dateline are read as in a plain-text dump.
/// </summary>
public static class MarkdownArticleParser
{
    private const string HeadingOrigin = "the '# heading', read as the title,";

    public static Article Parse(string id, string text, SourceDirectory sources)
    {
        var (front, body) = FrontMatter.Split(text);
        body = body.Trim('\n', '\r');
        if (front.Text("title") is { } title)
            return ArticleFields.Build(id, front, title, new MarkdownBody(body), sources, fallbackSource: null, fallbackAuthors: [], fallbackDate: null);

        var heading = MarkdownHeading.TakeTitle(body)
            ?? throw new ArticleFileException(front.IsEmpty
                ? "the file has no front matter and no '# heading' to take a title from"
                : "the front matter has no 'title', and the text has no '# heading' to take one from");
        if (!front.IsEmpty)
            return ArticleFields.Build(id, front, heading.Title, new MarkdownBody(heading.Rest), sources, fallbackSource: null, fallbackAuthors: [], fallbackDate: null, HeadingOrigin);

        var (rest, source, authors) = MarkdownHeading.TakeTrailer(heading.Rest);
        var day = Dateline.Find(MarkdownHeading.FirstParagraph(rest), rest);
        var date = day is { } d ? VietnamTime.StartOfDay(d) : (DateTimeOffset?)null;
        return ArticleFields.Build(id, front, heading.Title, new MarkdownBody(rest), sources, source, authors, date, HeadingOrigin);
    }
}
