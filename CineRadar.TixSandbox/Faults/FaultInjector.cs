using System.Collections.Concurrent;
using CineRadar.TixSandbox.Generation;

namespace CineRadar.TixSandbox.Faults;

internal enum BodyFault
{
    None,
    Malformed,
    Truncated,
}

/// <summary>What happens to one request.</summary>
internal readonly record struct FaultPlan(TimeSpan Delay, bool Reset, TimeSpan? RetryAfter, int? ServerError, BodyFault Body, ulong Roll);

/// <summary>
/// Decides the faults of each request from the settings in force: rate-based faults from the seed and the request's
/// sequence number, 429s from a token bucket per client on the unscaled base clock.
/// </summary>
internal sealed class FaultInjector
{
    private static readonly int[] ServerErrorStatuses = [500, 502, 503];
    private readonly FaultControl _control;
    private readonly TimeProvider _baseClock;
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);
    private long _sequence;

    public FaultInjector(FaultControl control, TimeProvider baseClock)
    {
        _control = control;
        _baseClock = baseClock;
        control.Changed += () =>
        {
            _buckets.Clear();
            Interlocked.Exchange(ref _sequence, 0);
        };
    }

    public FaultPlan Decide(EndpointGroup group, string client)
    {
        var settings = _control.Current;
        var n = (ulong)Interlocked.Increment(ref _sequence);
        bool Hits(RateFault? fault, ulong kind) =>
            fault.AppliesTo(group) && StableHash.Unit(settings.Seed, n, kind) < fault!.Rate;

        var delay = settings.Latency.AppliesTo(group) ? TimeSpan.FromMilliseconds(settings.Latency!.Milliseconds) : TimeSpan.Zero;
        var reset = Hits(settings.ConnectionResets, 1);
        var retryAfter = RetryAfter(settings.RateLimit, group, client);
        int? serverError = Hits(settings.ServerErrors, 2) ? ServerErrorStatuses[(int)(n % 3)] : null;
        var body = Hits(settings.MalformedBodies, 3) ? BodyFault.Malformed
            : Hits(settings.TruncatedBodies, 4) ? BodyFault.Truncated
            : BodyFault.None;
        return new FaultPlan(delay, reset, retryAfter, serverError, body, StableHash.Combine(settings.Seed, n));
    }

    private TimeSpan? RetryAfter(RateLimitFault? limit, EndpointGroup group, string client)
    {
        if (!limit.AppliesTo(group) || limit!.RequestsPerSecond <= 0)
        {
            return null;
        }

        var now = _baseClock.GetUtcNow();
        var bucket = _buckets.GetOrAdd(client, _ => new TokenBucket(limit.RequestsPerSecond, Math.Max(1, limit.Burst), now));
        return bucket.TryTake(now, out var wait) ? null : wait;
    }
}
