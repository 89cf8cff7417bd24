using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;

namespace NewsArchive.Content.Tests.Support;

/// <summary>Fixture text to articles, the way the content folder would read it.</summary>
public static class Parse
{
    public static Article PlainText(string text, SourceDirectory? sources = null) =>
        PlainTextArticleParser.Parse("bai-viet.txt", text, sources ?? new SourceDirectory());

    public static Article Markdown(string text, SourceDirectory? sources = null) =>
        MarkdownArticleParser.Parse("bai-viet.md", text, sources ?? new SourceDirectory());

    public static IReadOnlyList<TextBlock> Blocks(this Article article) => Assert.IsType<PlainTextBody>(article.Body).Blocks;

    public static List<string> Paragraphs(this Article article) =>
        article.Blocks().Where(b => b.Kind == TextBlockKind.Paragraph).Select(b => b.Text).ToList();

    public static List<string> Captions(this Article article) =>
        article.Blocks().Where(b => b.Kind == TextBlockKind.Caption).Select(b => b.Text).ToList();

    public static DateTimeOffset VietnamMidnight(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.FromHours(7));
}
