using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Discovery;

/// <summary>
/// Where absolute links (canonical, og:url, feed ids, sitemaps, OpenSearch) come from. The <c>Host</c> header is
/// the client's to write: a page that echoed it would hand anyone who sends <c>Host: evil.example</c> a page, cached
/// for all, that points search engines and feed readers elsewhere. So: <c>Archive:BaseUrl</c> when set; else the
/// request's own host only when it is one the site may trust — listed in <c>AllowedHosts</c> (which also makes the
/// host filter refuse all others), a loopback name or address, or any host in Development. For any other host there
/// is no public address: pages go without absolute links and are not cached, and feeds and sitemaps are refused.
/// </summary>
internal sealed class PublicAddress
{
    private readonly SiteAddress? _configured;
    private readonly List<StringSegment> _allowedHosts;
    private readonly bool _anyHost;

    public PublicAddress(IOptions<ArchiveOptions> options, IConfiguration configuration, IHostEnvironment environment)
    {
        var baseUrl = options.Value.BaseUrl;
        _configured = string.IsNullOrWhiteSpace(baseUrl) ? null : new SiteAddress(baseUrl.Trim().TrimEnd('/'));
        _allowedHosts = (configuration["AllowedHosts"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(host => host != "*")
            .Select(host => new StringSegment(host))
            .ToList();
        _anyHost = environment.IsDevelopment();
    }

    /// <summary>Whether pages depend on the request's host at all (no configured address).</summary>
    public bool FollowsHost => _configured is null;

    public SiteAddress? For(HttpRequest request)
    {
        if (_configured is not null) return _configured;
        if (!IsTrusted(request.Host)) return null;
        return new SiteAddress($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}");
    }

    public bool IsTrusted(HostString host)
    {
        if (!host.HasValue) return false;
        if (_anyHost || IsLoopback(host.Host)) return true;
        return _allowedHosts.Count > 0 && HostString.MatchesAny(host.Value, _allowedHosts);
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
}
