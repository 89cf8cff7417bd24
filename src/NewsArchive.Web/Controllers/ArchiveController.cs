using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Models;

namespace NewsArchive.Web.Controllers;

/// <summary>The date archive: years, then a year's months, a month's calendar, and a day's articles.</summary>
public sealed class ArchiveController(ArchiveState state, IOptions<ArchiveOptions> options) : PageController
{
    [HttpGet("/archive")]
    public IActionResult Index() => View(new ArchiveYearsPage(state.Search.Calendar()));

    [HttpGet("/archive/{year:int}")]
    public IActionResult Year(int year)
    {
        if (!ArchiveDates.IsYear(year)) return NoSuchDate();
        return View(new ArchiveYearPage(year, state.Search.Calendar()));
    }

    [HttpGet("/archive/{year:int}/{month:int}")]
    public IActionResult Month(int year, int month)
    {
        if (!ArchiveDates.IsYear(year) || month is < 1 or > 12) return NoSuchDate();
        return View(new ArchiveMonthPage(year, month, state.Search.Calendar()));
    }

    [HttpGet("/archive/{year:int}/{month:int}/{day:int}")]
    public IActionResult Day(int year, int month, int day, [FromQuery] string? page)
    {
        if (!ArchiveDates.TryDay(year, month, day, out var date)) return NoSuchDate();
        var parameters = new SearchParameters { Page = page };
        if (!parameters.TryCreate(options.Value.PageSize, out var request, out var error)) return BadRequestPage(error);

        var articles = state.Search.Search(request with { From = date, To = date, Sort = SearchSort.Oldest }).Hits;
        if (!articles.Exists)
            return NotFoundPage("Không có trang này", $"Ngày này chỉ có {Formatting.Number(articles.TotalPages)} trang bài viết.");
        return View(new ArchiveDayPage(date, articles, state.Search.Calendar()));
    }

    private IActionResult NoSuchDate() =>
        NotFoundPage("Không có ngày này", "Địa chỉ lưu trữ theo ngày có dạng /archive/năm/tháng/ngày, ví dụ /archive/2023/02/28.");
}
