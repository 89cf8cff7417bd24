using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Content.Paging;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Models;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/tags</c>: every tag with its count; <c>/tags/{slug}</c>: the articles that carry one, newest first.</summary>
public sealed class TagsController(ArchiveState state, IOptions<ArchiveOptions> options) : PageController
{
    [HttpGet("/tags")]
    public IActionResult Index([FromQuery] string? page)
    {
        var parameters = new SearchParameters { Page = page };
        if (!parameters.TryCreate(options.Value.PageSize, out var request, out var error)) return BadRequestPage(error);

        var tags = PageOf.Of(state.Search.Tags(), request.Page, TagsPage.PageSize);
        if (!tags.Exists) return NotFoundPage("Không có trang này", $"Danh sách chủ đề chỉ có {Formatting.Number(tags.TotalPages)} trang.");
        return View(new TagsPage(tags));
    }

    [HttpGet("/tags/{slug}")]
    public IActionResult Show(string slug, [FromQuery] string? page)
    {
        var tag = state.Search.Tags().FirstOrDefault(t => t.Slug == slug);
        if (tag is null) return NotFoundPage("Không có chủ đề này", "Không bài viết nào trong kho mang chủ đề này; xem mọi chủ đề ở trang Chủ đề.");
        var parameters = new SearchParameters { Page = page };
        if (!parameters.TryCreate(options.Value.PageSize, out var request, out var error)) return BadRequestPage(error);

        var articles = state.Search.Search(request with { Tag = slug, Sort = SearchSort.Newest }).Hits;
        if (!articles.Exists)
            return NotFoundPage("Không có trang này", $"Chủ đề này chỉ có {Formatting.Number(articles.TotalPages)} trang bài viết.");
        return View(new TagPage(tag.Name, articles));
    }
}
