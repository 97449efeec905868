using System.Threading.RateLimiting;

namespace CineRadar.Api.Security;

/// <summary>
/// One key's bucket in one replica: it spends tokens leased from the key's shared bucket in Redis, so a request costs no
/// Redis round trip, and tops its reserve up to one lease in the background once half of it is spent. Only a request
/// that finds the reserve empty waits for Redis; once the shared bucket is used up, requests are refused without asking
/// Redis until a lease has been refilled there. A replica never holds more than one lease, so all replicas together
/// admit at most the shared bucket's tokens plus one lease each (the documented slack). While Redis cannot be reached
/// the key is kept to this replica's local share.
/// </summary>
internal sealed class SharedKeyBucket(SharedKeyLimits limits, string partition, int requestsPerMinute) : RateLimiter
{
    private readonly Lock _gate = new();
    private readonly int _leaseSize = LeaseSize(requestsPerMinute);
    private int _tokens;
    private DateTimeOffset _emptyUntil;
    private DateTimeOffset _lastUse = limits.Clock.GetUtcNow();
    private Task? _refill;
    private TokenBucketRateLimiter? _localShare;

    /// <summary>Tokens a replica takes from the shared bucket at once: a second's worth of the key's limit, at least one.</summary>
    public static int LeaseSize(int requestsPerMinute) => Math.Max(1, (int)Math.Ceiling(requestsPerMinute / 60.0));

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _refill is { IsCompleted: false } ? null : limits.Clock.GetUtcNow() - _lastUse;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = _tokens };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (limits.OnLocalShare)
        {
            limits.ProbeWhenDue();
            return LocalShare().AttemptAcquire(permitCount);
        }

        return Take(permitCount, out _);
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (!limits.OnLocalShare)
        {
            var lease = Take(permitCount, out var refill);
            if (lease.IsAcquired || refill is null)
            {
                return lease;
            }

            await refill.WaitAsync(cancellationToken);
            if (!limits.OnLocalShare)
            {
                return Take(permitCount, out _);
            }
        }

        limits.ProbeWhenDue();
        return await LocalShare().AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _localShare?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Spends from the reserve; when it is empty, the refill the caller may wait for (none while the key is used up).</summary>
    private RateLimitLease Take(int permitCount, out Task? refill)
    {
        lock (_gate)
        {
            var now = limits.Clock.GetUtcNow();
            _lastUse = now;
            if (_tokens >= permitCount)
            {
                _tokens -= permitCount;
                refill = null;
                if (_tokens <= _leaseSize / 2)
                {
                    RefillUnlocked(now);
                }

                return KeyBucketLease.Granted;
            }

            refill = RefillUnlocked(now);
            return KeyBucketLease.Refused(_emptyUntil > now ? _emptyUntil - now : null);
        }
    }

    /// <summary>Starts topping the reserve up to one lease, unless a refill runs already or the shared bucket is empty.</summary>
    private Task? RefillUnlocked(DateTimeOffset now)
    {
        if (_refill is { IsCompleted: false })
        {
            return _refill;
        }

        if (_emptyUntil > now)
        {
            return null;
        }

        var wanted = _leaseSize - _tokens;
        _refill = Task.Run(() => RefillAsync(wanted));
        return _refill;
    }

    private async Task RefillAsync(int wanted)
    {
        if (!limits.Reachable)
        {
            limits.FallBack(null);
            return;
        }

        try
        {
            var lease = await limits.Buckets.TakeAsync(partition, requestsPerMinute, wanted);
            lock (_gate)
            {
                _tokens += lease.Tokens;
                if (lease.Tokens == 0)
                {
                    _emptyUntil = limits.Clock.GetUtcNow() + lease.RefilledIn;
                }
            }
        }
        catch (Exception ex) when (SharedKeyLimits.IsRedisFailure(ex))
        {
            limits.FallBack(ex);
        }
    }

    private TokenBucketRateLimiter LocalShare()
    {
        lock (_gate)
        {
            return _localShare ??= new TokenBucketRateLimiter(RateLimits.Bucket(Math.Max(1, requestsPerMinute / limits.ExpectedReplicas)));
        }
    }
}
