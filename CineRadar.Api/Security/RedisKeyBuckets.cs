using StackExchange.Redis;

namespace CineRadar.Api.Security;

/// <summary>
/// Every key's shared token bucket in Redis: as large as the key's requests per minute and refilled evenly through the
/// minute, on Redis's own clock. A replica takes tokens from it in leases and spends them locally.
/// </summary>
internal sealed class RedisKeyBuckets(IConnectionMultiplexer redis)
{
    public const string KeyPrefix = "cineradar:rate:";

    // The bucket is kept as the instant it would be full again (a theoretical arrival time, microseconds on Redis's
    // clock): one key, read and moved atomically. Takes up to ARGV[2] tokens of a bucket refilled one token every
    // ARGV[1] microseconds and holding a minute's worth; returns the tokens taken and, when none were, the microseconds
    // until as many as were wanted are there again (so a replica on a used-up key asks once per lease, not per token).
    private const string TakeScript = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local interval = tonumber(ARGV[1])
        local window = 60000000
        local full = tonumber(redis.call('GET', KEYS[1]) or '0')
        if full < now then full = now end
        local available = math.floor((now + window - full) / interval)
        local taken = math.min(tonumber(ARGV[2]), available)
        if taken > 0 then
          full = full + taken * interval
          redis.call('SET', KEYS[1], full, 'PX', math.ceil((full - now) / 1000) + 1000)
          return { taken, 0 }
        end
        return { 0, math.ceil(full + tonumber(ARGV[2]) * interval - now - window) }
        """;

    /// <summary>Takes up to <paramref name="wanted"/> tokens from the bucket of <paramref name="partition"/>.</summary>
    public async Task<KeyLease> TakeAsync(string partition, int requestsPerMinute, int wanted)
    {
        var interval = 60_000_000.0 / requestsPerMinute;
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(TakeScript, [KeyPrefix + partition], [interval, wanted]))!;
        return new KeyLease((int)result[0], TimeSpan.FromMicroseconds((long)result[1]));
    }
}

/// <summary>Tokens a replica took from a key's shared bucket; when none, how long until the tokens it wanted are there.</summary>
internal readonly record struct KeyLease(int Tokens, TimeSpan RefilledIn);
