using StackExchange.Redis;

namespace CineRadar.Scraper.Budget;

/// <summary>
/// The budget shared by every scraper process through Redis: each request reserves the next free slot of one global
/// schedule (kept as a timestamp in Redis, read and moved atomically by a script on Redis's own clock), so a worker and
/// a CLI run side by side, or two replicas, never send more than the configured rate together.
/// </summary>
public sealed class RedisRequestBudget(IConnectionMultiplexer redis, double requestsPerSecond, TimeProvider clock) : IRequestBudget
{
    public const string Key = "cineradar:tix:next-slot";

    // Returns the reserved slot and Redis's now, in microseconds.
    private const string ReserveScript = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local slot = tonumber(redis.call('GET', KEYS[1]) or '0')
        if slot < now then slot = now end
        redis.call('SET', KEYS[1], slot + tonumber(ARGV[1]), 'PX', 600000)
        return { slot, now }
        """;

    private readonly long _intervalMicroseconds = (long)(1_000_000 / LocalRequestBudget.Validate(requestsPerSecond));

    public double RequestsPerSecond { get; } = requestsPerSecond;

    public long IntervalMicroseconds => _intervalMicroseconds;

    /// <summary>Takes the next slot of the shared schedule: the slot and Redis's now, in microseconds.</summary>
    internal async Task<(long Slot, long Now)> ReserveAsync()
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(ReserveScript, [Key], [_intervalMicroseconds]))!;
        return ((long)result[0], (long)result[1]);
    }

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        var (slot, now) = await ReserveAsync();
        var wait = TimeSpan.FromMicroseconds(slot - now);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }
}
