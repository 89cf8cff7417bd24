using NewsArchive.Search.Browsing;
using NewsArchive.Content.Paging;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

public sealed record SourcePage(SourceCount Source, PageOf<SearchHit> Articles);
