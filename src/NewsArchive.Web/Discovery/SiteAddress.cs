using NewsArchive.Web.Configuration;

namespace NewsArchive.Web.Discovery;

/// <summary>
/// The site's public address, for links that leave the site (feeds, sitemaps, robots.txt, OpenSearch):
/// <c>Archive:BaseUrl</c> when set, because behind a proxy the request's own host may be an internal one;
/// else the scheme and host the request came to.
/// </summary>
internal sealed record SiteAddress(string Root)
{
    public static SiteAddress For(ArchiveOptions options, HttpRequest request) =>
        new(string.IsNullOrWhiteSpace(options.BaseUrl)
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}"
            : options.BaseUrl.Trim().TrimEnd('/'));

    /// <summary>The absolute address of a site path such as <c>/articles/slug</c>.</summary>
    public string Absolute(string path) => Root + path;
}
