using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Models;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/tags/{slug}</c>: the articles that carry a tag, newest first.</summary>
public sealed class TagsController(ArchiveState state, IOptions<ArchiveOptions> options) : PageController
{
    [HttpGet("/tags/{slug}")]
    public IActionResult Show(string slug, [FromQuery] string? page)
    {
        var parameters = new SearchParameters { Page = page };
        if (!parameters.TryCreate(options.Value.PageSize, out var request, out var error)) return BadRequestPage(error);

        var articles = state.Search.Search(request with { Tag = slug, Sort = SearchSort.Newest }).Hits;
        if (articles.TotalCount == 0) return NotFoundPage("Không có chủ đề này", "Không bài viết nào trong kho mang chủ đề này.");
        if (!articles.Exists)
            return NotFoundPage("Không có trang này", $"Chủ đề này chỉ có {Formatting.Number(articles.TotalPages)} trang bài viết.");

        // The tag as articles write it, from one that carries it.
        var name = state.Search.FindBySlug(articles.Items[0].Slug)?.Tags.FirstOrDefault(t => NewsArchive.Content.Articles.Slug.FromTitle(t) == slug) ?? slug;
        return View(new TagPage(name, articles));
    }
}
