using System.Net;
using System.Net.Sockets;

namespace ReportPipeline.Crawling.Fetching;

/// <summary>
/// Which IP addresses a fetch may connect to. Public addresses always; loopback and private ranges only for portals
/// the registry allows (the demo portal, tests). Link-local (169.254/16 incl. the cloud metadata endpoint
/// 169.254.169.254, fe80::/10), unspecified and multicast are refused for everyone: no portal lives there.
/// </summary>
public static class AddressGuard
{
    /// <summary>Null when the address may be used, else the reason it is refused.</summary>
    public static string? RefusalReason(IPAddress address, bool allowPrivate)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var always = AlwaysRefused(address);
        if (always is not null) return always;
        var priv = PrivateKind(address);
        return priv is null || allowPrivate ? null : $"{priv} address {address} refused (portal does not allow private addresses)";
    }

    private static string? AlwaysRefused(IPAddress a)
    {
        var b = a.GetAddressBytes();
        if (a.AddressFamily == AddressFamily.InterNetwork)
        {
            if (b[0] == 169 && b[1] == 254) return $"link-local address {a} refused";
            if (b[0] == 0) return $"unspecified address {a} refused";
            if (b[0] >= 224) return $"multicast/reserved address {a} refused";
            return null;
        }
        if (a.IsIPv6LinkLocal) return $"link-local address {a} refused";
        if (a.Equals(IPAddress.IPv6Any)) return $"unspecified address {a} refused";
        if (a.IsIPv6Multicast) return $"multicast address {a} refused";
        return null;
    }

    private static string? PrivateKind(IPAddress a)
    {
        if (IPAddress.IsLoopback(a)) return "loopback";
        var b = a.GetAddressBytes();
        if (a.AddressFamily == AddressFamily.InterNetwork)
        {
            if (b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168))
                return "private";
            if (b[0] == 100 && b[1] is >= 64 and <= 127) return "carrier-grade NAT";
            return null;
        }
        if ((b[0] & 0xFE) == 0xFC) return "unique-local (fc00::/7)";
        if (a.IsIPv6SiteLocal) return "site-local";
        return null;
    }
}
