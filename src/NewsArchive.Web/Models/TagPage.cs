using NewsArchive.Content.Archive;
using NewsArchive.Content.Articles;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

public sealed record TagPage(string Name, PageOf<SearchHit> Articles)
{
    public static string UrlOf(string tag) => "/tags/" + Slug.FromTitle(tag);
}
