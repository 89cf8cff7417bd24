using NewsArchive.Search.Browsing;

namespace NewsArchive.Web.Models;

public sealed record CalendarYearPage(int Year, ArchiveCalendar Calendar)
{
    /// <summary>The nearest earlier year with articles; years between them would only be empty pages.</summary>
    public int? Previous => Calendar.DayBefore(new DateOnly(Year, 1, 1))?.Year;

    public int? Next => Calendar.DayAfter(new DateOnly(Year, 12, 31))?.Year;
}
