using NewsArchive.Search.Browsing;

namespace NewsArchive.Web.Models;

public sealed record CalendarMonthPage(int Year, int Month, ArchiveCalendar Calendar)
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
