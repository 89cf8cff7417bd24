using NewsArchive.Content.Articles;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

/// <summary>An article with its rendered body, what the attribution block shows, and where to read on.</summary>
public sealed record ArticlePage(Article Article, string BodyHtml, string Description)
{
    public Uri? WaybackUrl => Article.Source?.WaybackUrl(Article.Date);

    /// <summary>The summary as the lead (sapo) above the body: escaped text, with searched words marked.</summary>
    public string? LeadHtml { get; init; }

    public PageHead Head { get; init; } = new(Article.Title, Description);

    public SearchHit? Previous { get; init; }

    public SearchHit? Next { get; init; }

    public IReadOnlyList<SearchHit> Related { get; init; } = [];

    /// <summary>The page of this article's publication, as /sources lists it.</summary>
    public string? SourcePageUrl => Article.Source is { } source ? "/sources/" + Slug.FromTitle(source.Name) : null;

    public string? DayPageUrl => Article.Date is { } date ? CalendarDates.DayUrl(NewsArchive.Content.VietnamTime.Day(date)) : null;
}
