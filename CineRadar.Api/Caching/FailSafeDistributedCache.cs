using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CineRadar.Api.Caching;

/// <summary>
/// Redis as HybridCache's second level, made optional: while Redis is unreachable every read is a miss and every write is
/// skipped at once (no waiting for timeouts), so the Api keeps answering from memory and the store.
/// </summary>
internal sealed class FailSafeDistributedCache(IConnectionMultiplexer redis, IOptions<RedisCacheOptions> options, ILogger<FailSafeDistributedCache> logger)
    : IDistributedCache, IDisposable
{
    private readonly RedisCache _inner = new(options);

    public byte[]? Get(string key) => Try(() => _inner.Get(key));

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => TryAsync(() => _inner.GetAsync(key, token));

    public void Refresh(string key) => Try(() => { _inner.Refresh(key); return true; });

    public Task RefreshAsync(string key, CancellationToken token = default) => TryAsync(async () => { await _inner.RefreshAsync(key, token); return (byte[]?)null; });

    public void Remove(string key) => Try(() => { _inner.Remove(key); return true; });

    public Task RemoveAsync(string key, CancellationToken token = default) => TryAsync(async () => { await _inner.RemoveAsync(key, token); return (byte[]?)null; });

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Try(() => { _inner.Set(key, value, options); return true; });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TryAsync(async () => { await _inner.SetAsync(key, value, options, token); return (byte[]?)null; });

    public void Dispose() => _inner.Dispose();

    private T? Try<T>(Func<T> operation)
    {
        if (!redis.IsConnected)
        {
            return default;
        }

        try
        {
            return operation();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Redis failed; answering from memory and the store");
            return default;
        }
    }

    private async Task<byte[]?> TryAsync(Func<Task<byte[]?>> operation)
    {
        if (!redis.IsConnected)
        {
            return null;
        }

        try
        {
            return await operation();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Redis failed; answering from memory and the store");
            return null;
        }
    }
}
