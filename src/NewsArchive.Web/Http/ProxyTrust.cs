using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Http;

/// <summary>
/// Behind a reverse proxy or CDN every request comes from the proxy: ASP.NET Core's forwarded headers middleware
/// takes the reader's address and scheme from <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>, but only from the
/// proxies listed in <c>Archive:KnownProxies</c> (addresses or CIDR networks), so nobody else can pose as another
/// client. <c>X-Forwarded-Host</c> is never taken (absolute links come from <c>Archive:BaseUrl</c>).
/// </summary>
internal static class ProxyTrust
{
    public static void AddProxyTrust(this IServiceCollection services) =>
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ArchiveOptions>>((forwarded, archive) =>
        {
            // With both lists empty the middleware would believe anyone: no known proxy means no forwarded header read.
            forwarded.ForwardedHeaders = archive.Value.KnownProxies.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what the operator lists.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            // A CDN in front of a balancer: every listed hop is walked back, up to the first address not listed.
            forwarded.ForwardLimit = null;
            foreach (var entry in archive.Value.KnownProxies)
            {
                if (!KnownProxy.TryParse(entry, out var network)) continue; // refused at start-up by ArchiveOptionsSetup
                forwarded.KnownIPNetworks.Add(network);
                // Kestrel on a dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d.
                if (network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                    forwarded.KnownIPNetworks.Add(new System.Net.IPNetwork(network.BaseAddress.MapToIPv6(), network.PrefixLength + 96));
            }
        });
}
