using Microsoft.AspNetCore.Mvc;
using NewsArchive.Content.Rendering;
using NewsArchive.Search.Querying;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Discovery;
using NewsArchive.Web.Models;
using NewsArchive.Web.Options;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary>One article, with its source attribution; <c>?hl=</c> marks the words a reader searched for.</summary>
public sealed class ArticlesController(IArchiveSearch archive, ArticleRenderer renderer, IOptions<ArchiveOptions> options) : PageController
{
    private const int RelatedCount = 5;

    [HttpGet("/articles/{slug}")]
    public IActionResult Show(string slug, [FromQuery] string? hl)
    {
        var article = archive.FindBySlug(slug);
        if (article is null)
        {
            // Slugs are lowercase; a hand-typed capital should still land on the article.
            var lower = slug.ToLowerInvariant();
            if (lower != slug && archive.FindBySlug(lower) is { } found) return RedirectPermanent(found.Url);
            return NotFoundPage(Messages.ArticleNotFound, "Bài viết bạn tìm không có trong kho lưu trữ, hoặc địa chỉ đã bị gõ sai.");
        }

        var html = renderer.ToHtml(article.Body);
        var searched = QueryText.Parse(hl);
        var lead = article.Summary is { } summary ? HtmlText.Encode(summary) : null;
        if (searched.HasWords)
        {
            html = HtmlHighlighter.Highlight(html, searched);
            if (lead is not null) lead = HtmlHighlighter.Highlight(lead, searched);
        }
        var description = article.Summary ?? ArticleRenderer.Excerpt(article.Body, 160);
        var (previous, next) = archive.Neighbours(article);
        var canonical = SiteAddress.For(HttpContext)?.Absolute(article.Url);
        return View(new ArticlePage(article, html, description)
        {
            LeadHtml = lead,
            Head = PageHead.ForArticle(article, description, canonical, noIndex: !options.Value.IndexArticleText) with { CanonicalPath = article.Url },
            Previous = previous,
            Next = next,
            Related = archive.RelatedTo(article.Slug, RelatedCount),
        });
    }
}
