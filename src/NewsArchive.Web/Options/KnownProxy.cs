using System.Net;

namespace NewsArchive.Web.Options;

/// <summary>An entry of <c>Archive:KnownProxies</c>: the address or network of a proxy whose forwarded headers are believed.</summary>
internal static class KnownProxy
{
    /// <summary>An address (<c>10.0.0.5</c>, <c>::1</c>) as a network of one, or a CIDR network (<c>10.0.0.0/8</c>).</summary>
    public static bool TryParse(string entry, out System.Net.IPNetwork network)
    {
        var text = entry.Trim();
        if (IPAddress.TryParse(text, out var address) && !text.Contains('/'))
        {
            network = new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }
        return System.Net.IPNetwork.TryParse(text, out network);
    }
}
