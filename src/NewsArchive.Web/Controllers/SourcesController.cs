using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Models;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Controllers;

/// <summary>Browsing by publication: every source with its count, and one source's articles, newest first.</summary>
public sealed class SourcesController(ArchiveState state, IOptions<ArchiveOptions> options) : PageController
{
    [HttpGet("/sources")]
    public IActionResult Index() => View(state.Search.Sources());

    [HttpGet("/sources/{slug}")]
    public IActionResult Show(string slug, [FromQuery] string? page)
    {
        var source = state.Search.Sources().FirstOrDefault(s => s.Slug == slug);
        if (source is null) return NotFoundPage("Không có báo này", "Xem danh sách các báo trong kho ở trang Nguồn báo.");
        var parameters = new SearchParameters { Page = page };
        if (!parameters.TryCreate(options.Value.PageSize, out var request, out var error)) return BadRequestPage(error);

        var articles = state.Search.Search(request with { Source = slug, Sort = SearchSort.Newest }).Hits;
        if (!articles.Exists)
            return NotFoundPage("Không có trang này", $"Báo này chỉ có {Formatting.Number(articles.TotalPages)} trang bài viết.");
        return View(new SourcePage(source, articles));
    }
}
