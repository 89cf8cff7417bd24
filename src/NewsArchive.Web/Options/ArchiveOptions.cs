namespace NewsArchive.Web.Options;

/// <summary>The <c>Archive</c> section of configuration; see README.md for every key.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    /// <summary>Folder of article files, read recursively. Default: the repository's (or the app's) <c>content/</c>.</summary>
    public string ContentPath { get; set; } = "";

    /// <summary>Folder of the search index; never inside ContentPath. Default: a data folder outside the source tree.</summary>
    public string IndexPath { get; set; } = "";

    /// <summary>Articles per list or search page.</summary>
    public int PageSize { get; set; } = 20;

    public string SiteName { get; set; } = "Kho Tin Việt";

    /// <summary>The public address of the site, for absolute links in feeds and sitemaps; default: the request's own.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Display names by source domain, added to the publications the archive already knows.</summary>
    public Dictionary<string, string> Sources { get; set; } = [];

    /// <summary>
    /// Whether search engines may index the republished full text of article pages; when false, article pages
    /// carry <c>noindex</c> (lists, the archive and the links to the originals stay indexable).
    /// </summary>
    public bool IndexArticleText { get; set; } = true;

    /// <summary>Search and API requests a minute per client; 0 turns the limit off.</summary>
    public int SearchRateLimit { get; set; } = 60;

    /// <summary>
    /// Proxies (addresses or CIDR networks) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed;
    /// nobody else's are. Empty: the site is reached directly.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Article files larger than this many megabytes (1 to 1024) are skipped with a warning, never read whole.</summary>
    public int MaxFileSizeMB { get; set; } = 8;

    public long MaxFileBytes => MaxFileSizeMB * 1024L * 1024L;
}
