using NewsArchive.Content.Archive;
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

public sealed record ArchiveYearPage(int Year, ArchiveCalendar Calendar);

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

    public (int Year, int Month) Previous => Month == 1 ? (Year - 1, 12) : (Year, Month - 1);

    public (int Year, int Month) Next => Month == 12 ? (Year + 1, 1) : (Year, Month + 1);
}

public sealed record ArchiveDayPage(DateOnly Day, PageOf<SearchHit> Articles, ArchiveCalendar Calendar);
