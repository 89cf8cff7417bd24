using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Tests.Support;

/// <summary>Articles made directly, for the code that works on already-read articles.</summary>
public static class ArticleFactory
{
    public static Article Make(string id, string slug, DateTimeOffset? date = null, bool explicitSlug = false) => new()
    {
        Id = id,
        Slug = slug,
        HasExplicitSlug = explicitSlug,
        Title = "Bài " + id,
        Date = date,
        Body = new PlainTextBody([new TextBlock(TextBlockKind.Paragraph, "Nội dung bài " + id + ".")]),
    };
}
