using NewsArchive.Content.Articles;
using NewsArchive.Content.Rendering;

namespace NewsArchive.Web.Models;

/// <summary>An article as a line in a list: enough to choose it, not the body.</summary>
public sealed record ArticleListItem(string Url, string Title, DateTimeOffset? Date, string? SourceName, string Excerpt)
{
    public static ArticleListItem From(Article article) =>
        new(article.Url, article.Title, article.Date, article.Source?.Name, article.Summary ?? ArticleRenderer.Excerpt(article.Body));
}
