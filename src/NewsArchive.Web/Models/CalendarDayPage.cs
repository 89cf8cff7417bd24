using NewsArchive.Content.Paging;
using NewsArchive.Search.Browsing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

public sealed record CalendarDayPage(DateOnly Day, PageOf<SearchHit> Articles, ArchiveCalendar Calendar);
