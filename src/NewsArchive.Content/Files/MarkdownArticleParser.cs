using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>A <c>.md</c> file: YAML front matter with at least a title, then the body in Markdown.</summary>
public static class MarkdownArticleParser
{
    public static Article Parse(string id, string text, SourceDirectory sources)
    {
        var (front, body) = FrontMatter.Split(text);
        var title = front.Text("title") ?? throw new ArticleFileException("the front matter has no 'title'");
        return ArticleFields.Build(id, front, title, new MarkdownBody(body.Trim('\n', '\r')), sources,
            fallbackSource: null, fallbackAuthors: [], fallbackDate: null);
    }
}
