using NewsArchive.Search.Browsing;

namespace NewsArchive.Web.Models;

/// <summary>A real date with no articles: a 404 that offers the nearest dates that have some.</summary>
public sealed record CalendarEmptyPage(string Heading, (string Url, string Label)? Before, (string Url, string Label)? After)
{
    public static CalendarEmptyPage ForYear(int year, ArchiveCalendar calendar) => new(
        $"Năm {year} không có bài viết nào",
        calendar.DayBefore(new DateOnly(year, 1, 1)) is { } b ? (CalendarDates.YearUrl(b.Year), $"Năm {b.Year}") : null,
        calendar.DayAfter(new DateOnly(year, 12, 31)) is { } a ? (CalendarDates.YearUrl(a.Year), $"Năm {a.Year}") : null);

    public static CalendarEmptyPage ForMonth(int year, int month, ArchiveCalendar calendar) => new(
        $"Tháng {month} năm {year} không có bài viết nào",
        calendar.DayBefore(new DateOnly(year, month, 1)) is { } b ? (CalendarDates.MonthUrl(b.Year, b.Month), $"Tháng {b.Month}/{b.Year}") : null,
        calendar.DayAfter(new DateOnly(year, month, DateTime.DaysInMonth(year, month))) is { } a ? (CalendarDates.MonthUrl(a.Year, a.Month), $"Tháng {a.Month}/{a.Year}") : null);

    public static CalendarEmptyPage ForDay(DateOnly day, ArchiveCalendar calendar) => new(
        $"{CalendarDates.DayName(day)} không có bài viết nào",
        calendar.DayBefore(day) is { } b ? (CalendarDates.DayUrl(b), $"Ngày {b.Day}/{b.Month}/{b.Year}") : null,
        calendar.DayAfter(day) is { } a ? (CalendarDates.DayUrl(a), $"Ngày {a.Day}/{a.Month}/{a.Year}") : null);
}
