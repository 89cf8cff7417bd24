using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Models;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary>Browsing by publication: every source with its count, and one source's articles, newest first.</summary>
public sealed class SourcesController(IArchiveSearch archive) : PageController
{
    [HttpGet("/sources")]
    public IActionResult Index() => View(archive.Sources());

    [HttpGet("/sources/{slug}")]
    public IActionResult Show(string slug, [ModelBinder<ListPageBinder>] SearchRequest request)
    {
        var source = archive.Sources().FirstOrDefault(s => s.Slug == slug);
        if (source is null) return NotFoundPage("Không có báo này", "Xem danh sách các báo trong kho ở trang Nguồn báo.");
        var articles = archive.Search(request with { Source = slug, Sort = SearchSort.Newest }).Hits;
        if (!articles.Exists)
            return NotFoundPage(Messages.NoSuchPage, $"Báo này chỉ có {Formatting.Number(articles.TotalPages)} trang bài viết.");
        return View(new SourcePage(source, articles));
    }
}
