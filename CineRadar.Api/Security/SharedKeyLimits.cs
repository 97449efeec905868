using System.Threading.RateLimiting;
using CineRadar.ServiceDefaults;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CineRadar.Api.Security;

/// <summary>
/// Per-key rate limits shared by every Api replica through Redis (<see cref="SharedKeyBucket"/>). While Redis cannot be
/// reached, each replica keeps every key to its local share (the key's limit divided by <c>ApiKeys:ExpectedReplicas</c>),
/// logs that once, and checks Redis in the background every <c>ApiKeys:RedisProbeInterval</c>; the shared buckets come
/// back with Redis.
/// </summary>
internal sealed class SharedKeyLimits
{
    private readonly IConnectionMultiplexer _redis;
    private readonly FallbackSwitch _outage;
    private readonly ILogger<SharedKeyLimits> _logger;

    public SharedKeyLimits(IConnectionMultiplexer redis, IOptions<ApiKeyOptions> options, TimeProvider clock, ILogger<SharedKeyLimits> logger)
    {
        _redis = redis;
        _logger = logger;
        ExpectedReplicas = Math.Max(1, options.Value.ExpectedReplicas);
        Buckets = new RedisKeyBuckets(redis);
        Clock = clock;
        _outage = new FallbackSwitch(options.Value.RedisProbeInterval, clock, AnswersAsync);
    }

    public RedisKeyBuckets Buckets { get; }

    public TimeProvider Clock { get; }

    public int ExpectedReplicas { get; }

    /// <summary>True while Redis cannot be reached and every key is kept to this replica's local share.</summary>
    public bool OnLocalShare => _outage.OnFallback;

    /// <summary>Whether a call to Redis can be made now; a disconnected client would only wait for its timeout.</summary>
    public bool Reachable => _redis.IsConnected;

    public RateLimiter BucketFor(Caller caller) => new SharedKeyBucket(this, caller.Partition, caller.RequestsPerMinute);

    public static bool IsRedisFailure(Exception ex) => ex is RedisException or TimeoutException;

    /// <summary>Redis failed a bucket: every key goes to its local share until a probe finds Redis again.</summary>
    public void FallBack(Exception? failure)
    {
        if (_outage.FallBack())
        {
            _logger.LogWarning(failure, "Redis cannot be reached: each API key is limited to this replica's share of its limit (1/{Replicas}) until Redis is back", ExpectedReplicas);
        }
    }

    public void ProbeWhenDue() => _outage.ProbeWhenDue(() =>
    {
        _logger.LogInformation("Redis is back: API key limits are shared by the replicas again");
        return Task.CompletedTask;
    });

    private async Task<bool> AnswersAsync()
    {
        if (!Reachable)
        {
            return false;
        }

        try
        {
            await _redis.GetDatabase().PingAsync();
            return true;
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            return false;
        }
    }
}
