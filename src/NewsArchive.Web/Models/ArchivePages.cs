using NewsArchive.Content.Paging;
using NewsArchive.Search.Browsing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

/// <summary>Which dates the archive's URLs accept, and how they are written.</summary>
public static class ArchiveDates
{
    public static bool IsYear(int year) => year is >= 1 and <= 9999;

    public static bool TryDay(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (!IsYear(year) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    public static string YearUrl(int year) => $"/archive/{year:D4}";

    public static string MonthUrl(int year, int month) => $"/archive/{year:D4}/{month:D2}";

    public static string DayUrl(DateOnly day) => $"/archive/{day.Year:D4}/{day.Month:D2}/{day.Day:D2}";

    public static string DayName(DateOnly day) => $"{Weekday(day.DayOfWeek)}, ngày {day.Day} tháng {day.Month} năm {day.Year}";

    /// <summary>Vietnamese weekdays; the calendar's week starts on Monday (Thứ Hai) as Vietnamese calendars do.</summary>
    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ Nhật",
    };
}

public sealed record ArchiveYearsPage(ArchiveCalendar Calendar);

public sealed record ArchiveYearPage(int Year, ArchiveCalendar Calendar)
{
    /// <summary>The nearest earlier year with articles; years between them would only be empty pages.</summary>
    public int? Previous => Calendar.DayBefore(new DateOnly(Year, 1, 1))?.Year;

    public int? Next => Calendar.DayAfter(new DateOnly(Year, 12, 31))?.Year;
}

public sealed record ArchiveMonthPage(int Year, int Month, ArchiveCalendar Calendar)
{
    /// <summary>The month as weeks of seven cells, Monday first; null where a week runs into another month.</summary>
    public IReadOnlyList<DateOnly?[]> Weeks()
    {
        var first = new DateOnly(Year, Month, 1);
        var lead = ((int)first.DayOfWeek + 6) % 7;
        var cells = Enumerable.Repeat((DateOnly?)null, lead)
            .Concat(Enumerable.Range(0, DateTime.DaysInMonth(Year, Month)).Select(i => (DateOnly?)first.AddDays(i)))
            .ToList();
        while (cells.Count % 7 != 0) cells.Add(null);
        return cells.Chunk(7).ToList();
    }

    /// <summary>The nearest earlier month with articles (a quiet month between is skipped, not shown empty).</summary>
    public DateOnly? Previous => Calendar.DayBefore(new DateOnly(Year, Month, 1));

    public DateOnly? Next => Calendar.DayAfter(new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)));
}

public sealed record ArchiveDayPage(DateOnly Day, PageOf<SearchHit> Articles, ArchiveCalendar Calendar);

/// <summary>The articles without a date, oldest files first by path: the date archive's last shelf.</summary>
public sealed record ArchiveUndatedPage(PageOf<SearchHit> Articles);

/// <summary>A real date with no articles: a 404 that offers the nearest dates that have some.</summary>
public sealed record ArchiveEmptyPage(string Heading, (string Url, string Label)? Before, (string Url, string Label)? After)
{
    public static ArchiveEmptyPage ForYear(int year, ArchiveCalendar calendar) => new(
        $"Năm {year} không có bài viết nào",
        calendar.DayBefore(new DateOnly(year, 1, 1)) is { } b ? (ArchiveDates.YearUrl(b.Year), $"Năm {b.Year}") : null,
        calendar.DayAfter(new DateOnly(year, 12, 31)) is { } a ? (ArchiveDates.YearUrl(a.Year), $"Năm {a.Year}") : null);

    public static ArchiveEmptyPage ForMonth(int year, int month, ArchiveCalendar calendar) => new(
        $"Tháng {month} năm {year} không có bài viết nào",
        calendar.DayBefore(new DateOnly(year, month, 1)) is { } b ? (ArchiveDates.MonthUrl(b.Year, b.Month), $"Tháng {b.Month}/{b.Year}") : null,
        calendar.DayAfter(new DateOnly(year, month, DateTime.DaysInMonth(year, month))) is { } a ? (ArchiveDates.MonthUrl(a.Year, a.Month), $"Tháng {a.Month}/{a.Year}") : null);

    public static ArchiveEmptyPage ForDay(DateOnly day, ArchiveCalendar calendar) => new(
        $"{ArchiveDates.DayName(day)} không có bài viết nào",
        calendar.DayBefore(day) is { } b ? (ArchiveDates.DayUrl(b), $"Ngày {b.Day}/{b.Month}/{b.Year}") : null,
        calendar.DayAfter(day) is { } a ? (ArchiveDates.DayUrl(a), $"Ngày {a.Day}/{a.Month}/{a.Year}") : null);
}
