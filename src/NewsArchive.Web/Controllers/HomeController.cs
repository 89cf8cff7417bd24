using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Models;

namespace NewsArchive.Web.Controllers;

/// <summary>The home page: the newest articles, a page at a time.</summary>
public sealed class HomeController(ArchiveState state, IOptions<ArchiveOptions> options) : PageController
{
    [HttpGet("/")]
    public IActionResult Index([FromQuery] int page = 1)
    {
        if (!ModelState.IsValid || page < 1)
            return BadRequestPage("Số trang phải là một số nguyên từ 1 trở lên.");

        var catalog = state.Catalog;
        var newest = catalog.Newest(page, options.Value.PageSize);
        if (!newest.Exists)
            return NotFoundPage("Không có trang này", $"Danh sách bài mới chỉ có {Formatting.Number(newest.TotalPages)} trang.");

        return View(new HomePage(newest.Select(ArticleListItem.From), catalog.Count));
    }
}
