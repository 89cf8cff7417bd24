using NewsArchive.Search.Browsing;

namespace NewsArchive.Web.Models;

public sealed record CalendarYearsPage(ArchiveCalendar Calendar);
