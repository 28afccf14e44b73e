using System.Net;
using System.Net.Sockets;

namespace ReportPipeline.Crawling.Fetching;

/// <summary>
/// Builds the HTTP handlers the crawler uses: no automatic redirects (each hop is re-checked by the fetcher), no proxy
/// (a proxy would hide the real target), and a ConnectCallback that resolves the host itself and checks the exact IP
/// it connects to, so DNS rebinding cannot slip past <see cref="AddressGuard"/>.
/// </summary>
public static class GuardedHandlerFactory
{
    public static SocketsHttpHandler Create(bool allowPrivate, TimeSpan connectTimeout) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = connectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
    };

    internal static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, ct).ConfigureAwait(false);
        string? lastRefusal = null;
        SocketException? lastError = null;
        foreach (var address in addresses)
        {
            lastRefusal = AddressGuard.RefusalReason(address, allowPrivate);
            if (lastRefusal is not null) continue;
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                lastError = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        if (lastError is not null) throw lastError;
        throw new AddressRefusedException(lastRefusal ?? $"no address for {endpoint.Host}");
    }
}
