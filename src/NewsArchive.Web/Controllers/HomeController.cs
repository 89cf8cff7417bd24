using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Models;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Controllers;

/// <summary>The home page: the newest articles, a page at a time.</summary>
public sealed class HomeController(ArchiveState state, IOptions<ArchiveOptions> options) : PageController
{
    [HttpGet("/")]
    public IActionResult Index([FromQuery] string? page)
    {
        var parameters = new SearchParameters { Page = page };
        if (!parameters.TryCreate(options.Value.PageSize, out var request, out var error)) return BadRequestPage(error);

        var newest = state.Search.Search(request with { Sort = SearchSort.Newest }).Hits;
        if (!newest.Exists)
            return NotFoundPage("Không có trang này", $"Danh sách bài mới chỉ có {Formatting.Number(newest.TotalPages)} trang.");
        return View(new HomePage(newest));
    }
}
