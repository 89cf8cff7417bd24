using NewsArchive.Content.Paging;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

/// <summary>The articles without a date, oldest files first by path: the date archive's last shelf.</summary>
public sealed record CalendarUndatedPage(PageOf<SearchHit> Articles);
