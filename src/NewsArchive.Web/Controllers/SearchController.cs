using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Models;
using NewsArchive.Web.Http;
using NewsArchive.Web.Options;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary>The search page: words, dates, source, order, pages.</summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class SearchController(IArchiveSearch archive, IOptions<ArchiveOptions> options) : PageController
{
    [HttpGet("/search")]
    public IActionResult Index([FromQuery] SearchParameters parameters)
    {
        if (!parameters.TryCreate(options.Value.PageSize, out var request, out var error)) return BadRequestPage(error);
        var results = archive.Search(request with { WithFacets = true });
        if (!results.Hits.Exists)
            return NotFoundPage(Messages.NoSuchPage, $"Kết quả tìm kiếm chỉ có {Formatting.Number(results.Hits.TotalPages)} trang.");
        return View(new SearchPage(parameters, archive.Sources(), results, request.Sort));
    }
}
