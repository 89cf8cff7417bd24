
namespace NewsArchive.Web.Models;

/// <summary>Which dates the archive's URLs accept, and how they are written.</summary>
public static class CalendarDates
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
