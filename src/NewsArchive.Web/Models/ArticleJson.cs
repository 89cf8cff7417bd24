using NewsArchive.Content.Articles;

namespace NewsArchive.Web.Models;

/// <summary>The shape of <c>/api/articles/{slug}</c>, as the contract gives it.</summary>
public sealed record ArticleJson(
    string Slug,
    string Url,
    string Title,
    DateTimeOffset? Date,
    IReadOnlyList<string> Authors,
    SourceJson? Source,
    IReadOnlyList<string> Tags,
    string? Summary,
    string Html)
{
    public static ArticleJson From(Article article, string html) => new(
        article.Slug, article.Url, article.Title, article.Date is { } d ? NewsArchive.Content.VietnamTime.ToLocal(d) : null, article.Authors,
        SourceJson.From(article.Source), article.Tags, article.Summary, html);
}

public sealed record SourceJson(string Name, string? Url)
{
    public static SourceJson? From(ArticleSource? source) => source is null ? null : new(source.Name, source.Url?.AbsoluteUri);
}
