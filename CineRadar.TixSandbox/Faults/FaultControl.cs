namespace CineRadar.TixSandbox;

/// <summary>The fault injection currently in force, and how many faults of each kind it has injected.</summary>
public sealed class FaultControl
{
    private FaultSettings _current = FaultSettings.None;
    private long _rateLimited;
    private long _serverErrors;
    private long _malformed;
    private long _truncated;
    private long _resets;

    /// <summary>Raised when the settings change (rate-limit buckets start full again).</summary>
    internal event Action? Changed;

    public FaultSettings Current => Volatile.Read(ref _current);

    public void Set(FaultSettings settings)
    {
        Volatile.Write(ref _current, settings);
        Changed?.Invoke();
    }

    public void Clear() => Set(FaultSettings.None);

    public FaultCounts Counts => new(
        Interlocked.Read(ref _rateLimited), Interlocked.Read(ref _serverErrors), Interlocked.Read(ref _malformed),
        Interlocked.Read(ref _truncated), Interlocked.Read(ref _resets));

    internal void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    internal void CountServerError() => Interlocked.Increment(ref _serverErrors);

    internal void CountMalformed() => Interlocked.Increment(ref _malformed);

    internal void CountTruncated() => Interlocked.Increment(ref _truncated);

    internal void CountReset() => Interlocked.Increment(ref _resets);
}

/// <summary>How many faults of each kind were injected since the sandbox started.</summary>
public sealed record FaultCounts(long RateLimited, long ServerErrors, long MalformedBodies, long TruncatedBodies, long ConnectionResets);
