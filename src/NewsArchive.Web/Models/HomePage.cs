using NewsArchive.Content.Archive;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Models;

public sealed record HomePage(PageOf<SearchHit> Articles);
