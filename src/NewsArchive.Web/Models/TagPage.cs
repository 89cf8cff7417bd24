using NewsArchive.Search.Browsing;
using NewsArchive.Content.Paging;
using NewsArchive.Content.Articles;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

public sealed record TagPage(string Name, PageOf<SearchHit> Articles)
{
    public static string UrlOf(string tag) => "/tags/" + Slug.FromTitle(tag);
}

/// <summary>A page of the tag index, in Vietnamese alphabetical order.</summary>
public sealed record TagsPage(PageOf<TagCount> Tags)
{
    /// <summary>Tags are short: a page holds many, and a news archive may have tens of thousands.</summary>
    public const int PageSize = 200;
}
