using System.Net;
using System.Net.Sockets;
using CineRadar.Core.Webhooks;

namespace CineRadar.Scraper.Webhooks;

/// <summary>
/// The connect step of every webhook request: resolves the host now, refuses it when any of its addresses is not
/// public (<see cref="WebhookAddressRules"/>), and connects to exactly the addresses it checked, so nothing resolves
/// the name again between the check and the connection.
/// </summary>
public static class CheckedConnection
{
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowLocalTargets, CancellationToken cancellationToken)
    {
        var addresses = await AddressesOfAsync(endpoint.Host, allowLocalTargets, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public static async Task<IPAddress[]> AddressesOfAsync(string host, bool allowLocalTargets, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new WebhookTargetRefusedException($"{host} has no address.");
        }

        if (!allowLocalTargets)
        {
            foreach (var address in addresses)
            {
                if (WebhookAddressRules.RefusalOf(address) is { } refusal)
                {
                    throw new WebhookTargetRefusedException($"{host} resolves to {address}, a {refusal} address CineRadar does not post to.");
                }
            }
        }

        return addresses;
    }
}
