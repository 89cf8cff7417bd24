using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Models;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary>The home page: the newest articles, a page at a time.</summary>
public sealed class HomeController(IArchiveSearch archive) : PageController
{
    [HttpGet("/")]
    public IActionResult Index([ModelBinder<ListPageBinder>] SearchRequest request)
    {
        var newest = archive.Search(request with { Sort = SearchSort.Newest }).Hits;
        if (!newest.Exists)
            return NotFoundPage(Messages.NoSuchPage, $"Danh sách bài mới chỉ có {Formatting.Number(newest.TotalPages)} trang.");
        return View(new HomePage(newest));
    }
}
