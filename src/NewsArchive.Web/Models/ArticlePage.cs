using NewsArchive.Content.Articles;

namespace NewsArchive.Web.Models;

/// <summary>An article with its rendered body and what the attribution block shows.</summary>
public sealed record ArticlePage(Article Article, string BodyHtml, string Description)
{
    public Uri? WaybackUrl => Article.Source?.WaybackUrl(Article.Date);
}
