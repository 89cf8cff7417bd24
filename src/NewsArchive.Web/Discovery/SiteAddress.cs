namespace NewsArchive.Web.Discovery;

/// <summary>The site's public address (scheme, host, base path), from which links that leave the site are made.</summary>
internal sealed record SiteAddress(string Root)
{
    /// <summary>The address for this request, or null when the request's host is not one the site may trust (see <see cref="PublicAddress"/>).</summary>
    public static SiteAddress? For(HttpContext context) => context.RequestServices.GetRequiredService<PublicAddress>().For(context.Request);

    /// <summary>The absolute address of a site path such as <c>/articles/slug</c>.</summary>
    public string Absolute(string path) => Root + path;
}
