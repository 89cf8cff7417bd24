using NewsArchive.Content.Archive;

namespace NewsArchive.Web.Models;

public sealed record HomePage(PageOf<ArticleListItem> Articles, int TotalArticles);
