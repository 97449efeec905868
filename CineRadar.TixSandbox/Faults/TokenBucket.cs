namespace CineRadar.TixSandbox.Faults;

/// <summary>A token bucket: <paramref name="burst"/> requests at once, refilled at <paramref name="ratePerSecond"/>.</summary>
internal sealed class TokenBucket(double ratePerSecond, int burst, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private double _tokens = burst;
    private DateTimeOffset _refilledAt = now;

    /// <summary>Takes a token, or says how long until one is available.</summary>
    public bool TryTake(DateTimeOffset now, out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            if (now > _refilledAt)
            {
                _tokens = Math.Min(burst, _tokens + ((now - _refilledAt).TotalSeconds * ratePerSecond));
                _refilledAt = now;
            }

            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / ratePerSecond);
            return false;
        }
    }

    /// <summary>A wait as a <c>Retry-After</c> header value: whole seconds, at least one.</summary>
    public static string RetryAfterHeader(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
