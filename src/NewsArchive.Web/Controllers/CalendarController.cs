using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Models;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary>
/// The date archive: years, then a year's months, a month's calendar, a day's articles, and the articles whose date
/// is unknown. A date without articles is a 404 that points to the nearest dates with some, so neither readers nor
/// crawlers wander through empty months; dates are written one way (<c>/archive/2024/05</c>) and others redirect.
/// </summary>
public sealed class CalendarController(IArchiveSearch archive) : PageController
{
    [HttpGet("/archive")]
    public IActionResult Index() => View(new CalendarYearsPage(archive.Calendar()));

    [HttpGet("/archive/undated")]
    public IActionResult Undated([ModelBinder<ListPageBinder>] SearchRequest request)
    {
        var articles = archive.Search(request with { Undated = true, Sort = SearchSort.Oldest }).Hits;
        if (articles.TotalCount == 0) return NotFoundPage("Không có bài nào không rõ ngày", "Mọi bài viết trong kho đều có ngày đăng; hãy duyệt theo ngày.");
        if (!articles.Exists) return NoSuchPage(articles.TotalPages);
        return View(new CalendarUndatedPage(articles));
    }

    [HttpGet("/archive/{year:int}")]
    public IActionResult Year(int year)
    {
        if (!CalendarDates.IsYear(year)) return NoSuchDate();
        if (Canonical(CalendarDates.YearUrl(year)) is { } redirect) return redirect;
        var calendar = archive.Calendar();
        if (calendar.Count(year) == 0) return NothingThen(CalendarEmptyPage.ForYear(year, calendar));
        return View(new CalendarYearPage(year, calendar));
    }

    [HttpGet("/archive/{year:int}/{month:int}")]
    public IActionResult Month(int year, int month)
    {
        if (!CalendarDates.IsYear(year) || month is < 1 or > 12) return NoSuchDate();
        if (Canonical(CalendarDates.MonthUrl(year, month)) is { } redirect) return redirect;
        var calendar = archive.Calendar();
        if (calendar.Count(year, month) == 0) return NothingThen(CalendarEmptyPage.ForMonth(year, month, calendar));
        return View(new CalendarMonthPage(year, month, calendar));
    }

    [HttpGet("/archive/{year:int}/{month:int}/{day:int}")]
    public IActionResult Day(int year, int month, int day, [ModelBinder<ListPageBinder>] SearchRequest request)
    {
        if (!CalendarDates.TryDay(year, month, day, out var date)) return NoSuchDate();
        if (Canonical(CalendarDates.DayUrl(date)) is { } redirect) return redirect;
        var calendar = archive.Calendar();
        if (calendar.Count(date) == 0) return NothingThen(CalendarEmptyPage.ForDay(date, calendar));

        var articles = archive.Search(request with { From = date, To = date, Sort = SearchSort.Oldest }).Hits;
        if (!articles.Exists) return NoSuchPage(articles.TotalPages);
        return View(new CalendarDayPage(date, articles, calendar));
    }

    /// <summary>A permanent redirect when the address writes the date another way (<c>/archive/2024/5</c>, a trailing slash).</summary>
    private RedirectResult? Canonical(string path) =>
        Request.Path.Value == path ? null : RedirectPermanent($"{Request.PathBase}{path}{Request.QueryString}");

    private ViewResult NothingThen(CalendarEmptyPage page)
    {
        var view = View("Empty", page);
        view.StatusCode = StatusCodes.Status404NotFound;
        return view;
    }

    private IActionResult NoSuchPage(int pages) =>
        NotFoundPage(Messages.NoSuchPage, $"Danh sách này chỉ có {Formatting.Number(pages)} trang bài viết.");

    private IActionResult NoSuchDate() =>
        NotFoundPage("Không có ngày này", "Địa chỉ lưu trữ theo ngày có dạng /archive/năm/tháng/ngày, ví dụ /archive/2023/02/28.");
}
