using NewsArchive.Content.Paging;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

public sealed record HomePage(PageOf<SearchHit> Articles);
