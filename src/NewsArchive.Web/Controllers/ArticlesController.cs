using Microsoft.AspNetCore.Mvc;
using NewsArchive.Content.Rendering;
using NewsArchive.Search.Querying;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Discovery;
using NewsArchive.Web.Models;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Controllers;

/// <summary>One article, with its source attribution; <c>?hl=</c> marks the words a reader searched for.</summary>
public sealed class ArticlesController(ArchiveState state, ArticleRenderer renderer, IOptions<ArchiveOptions> options) : PageController
{
    private const int RelatedCount = 5;

    [HttpGet("/articles/{slug}")]
    public IActionResult Show(string slug, [FromQuery] string? hl)
    {
        var search = state.Search;
        var article = search.FindBySlug(slug);
        if (article is null)
        {
            // Slugs are lowercase; a hand-typed capital should still land on the article.
            var lower = slug.ToLowerInvariant();
            if (lower != slug && search.FindBySlug(lower) is { } found) return RedirectPermanent(found.Url);
            return NotFoundPage("Không tìm thấy bài viết", "Bài viết bạn tìm không có trong kho lưu trữ, hoặc địa chỉ đã bị gõ sai.");
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
        var (previous, next) = search.Neighbours(article);
        var canonical = SiteAddress.For(HttpContext)?.Absolute(article.Url);
        return View(new ArticlePage(article, html, description)
        {
            LeadHtml = lead,
            Head = PageHead.ForArticle(article, description, canonical, noIndex: !options.Value.IndexArticleText) with { CanonicalPath = article.Url },
            Previous = previous,
            Next = next,
            Related = search.RelatedTo(article.Slug, RelatedCount),
        });
    }
}
