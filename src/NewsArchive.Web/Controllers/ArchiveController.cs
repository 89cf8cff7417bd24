using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Models;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Controllers;

/// <summary>
/// The date archive: years, then a year's months, a month's calendar, a day's articles, and the articles whose date
/// is unknown. A date without articles is a 404 that points to the nearest dates with some, so neither readers nor
/// crawlers wander through empty months; dates are written one way (<c>/archive/2024/05</c>) and others redirect.
/// </summary>
public sealed class ArchiveController(ArchiveState state, IOptions<ArchiveOptions> options) : PageController
{
    [HttpGet("/archive")]
    public IActionResult Index() => View(new ArchiveYearsPage(state.Search.Calendar()));

    [HttpGet("/archive/undated")]
    public IActionResult Undated([FromQuery] string? page)
    {
        if (!TryList(page, out var request, out var error)) return error;
        var articles = state.Search.Search(request with { Undated = true, Sort = SearchSort.Oldest }).Hits;
        if (articles.TotalCount == 0) return NotFoundPage("Không có bài nào không rõ ngày", "Mọi bài viết trong kho đều có ngày đăng; hãy duyệt theo ngày.");
        if (!articles.Exists) return NoSuchPage(articles.TotalPages);
        return View(new ArchiveUndatedPage(articles));
    }

    [HttpGet("/archive/{year:int}")]
    public IActionResult Year(int year)
    {
        if (!ArchiveDates.IsYear(year)) return NoSuchDate();
        if (Canonical(ArchiveDates.YearUrl(year)) is { } redirect) return redirect;
        var calendar = state.Search.Calendar();
        if (calendar.Count(year) == 0) return NothingThen(ArchiveEmptyPage.ForYear(year, calendar));
        return View(new ArchiveYearPage(year, calendar));
    }

    [HttpGet("/archive/{year:int}/{month:int}")]
    public IActionResult Month(int year, int month)
    {
        if (!ArchiveDates.IsYear(year) || month is < 1 or > 12) return NoSuchDate();
        if (Canonical(ArchiveDates.MonthUrl(year, month)) is { } redirect) return redirect;
        var calendar = state.Search.Calendar();
        if (calendar.Count(year, month) == 0) return NothingThen(ArchiveEmptyPage.ForMonth(year, month, calendar));
        return View(new ArchiveMonthPage(year, month, calendar));
    }

    [HttpGet("/archive/{year:int}/{month:int}/{day:int}")]
    public IActionResult Day(int year, int month, int day, [FromQuery] string? page)
    {
        if (!ArchiveDates.TryDay(year, month, day, out var date)) return NoSuchDate();
        if (Canonical(ArchiveDates.DayUrl(date)) is { } redirect) return redirect;
        if (!TryList(page, out var request, out var error)) return error;
        var calendar = state.Search.Calendar();
        if (calendar.Count(date) == 0) return NothingThen(ArchiveEmptyPage.ForDay(date, calendar));

        var articles = state.Search.Search(request with { From = date, To = date, Sort = SearchSort.Oldest }).Hits;
        if (!articles.Exists) return NoSuchPage(articles.TotalPages);
        return View(new ArchiveDayPage(date, articles, calendar));
    }

    private bool TryList(string? page, out SearchRequest request, out IActionResult error)
    {
        var ok = new SearchParameters { Page = page }.TryCreate(options.Value.PageSize, out request, out var message);
        error = ok ? new EmptyResult() : BadRequestPage(message);
        return ok;
    }

    /// <summary>A permanent redirect when the address writes the date another way (<c>/archive/2024/5</c>, a trailing slash).</summary>
    private RedirectResult? Canonical(string path) =>
        Request.Path.Value == path ? null : RedirectPermanent($"{Request.PathBase}{path}{Request.QueryString}");

    private ViewResult NothingThen(ArchiveEmptyPage page)
    {
        var view = View("Empty", page);
        view.StatusCode = StatusCodes.Status404NotFound;
        return view;
    }

    private IActionResult NoSuchPage(int pages) =>
        NotFoundPage("Không có trang này", $"Danh sách này chỉ có {Formatting.Number(pages)} trang bài viết.");

    private IActionResult NoSuchDate() =>
        NotFoundPage("Không có ngày này", "Địa chỉ lưu trữ theo ngày có dạng /archive/năm/tháng/ngày, ví dụ /archive/2023/02/28.");
}
