using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CineRadar.Public.Readings;

/// <summary>
/// The per-client limit on asking for readings: a fixed window per IP address (ASP.NET's rate limiting, used from the
/// page rather than as middleware, so a client over its limit still gets the page, only without asking).
/// </summary>
public sealed class VisitorReadingLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public VisitorReadingLimiter(IOptions<VisitorReadingOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(
            client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PerClientLimit, Window = settings.PerClientWindow, QueueLimit = 0 }));
    }

    /// <summary>Whether this request may ask: true while its client is within its limit.</summary>
    public bool MayAsk(HttpContext? context)
    {
        using var lease = _limiter.AttemptAcquire(context?.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
