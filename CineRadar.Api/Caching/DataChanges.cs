using CineRadar.Contracts;
using CineRadar.Core.Stores;
using StackExchange.Redis;

namespace CineRadar.Api.Caching;

/// <summary>
/// The data-changed signal: the scraper sends it after a publish or a fold, the Api after an admin command that changes
/// what readers see (a theatre's location). Moving the version retires every cached answer at once.
/// </summary>
internal sealed class DataChanges(IDataVersionStore store, DataVersionMonitor monitor, IServiceProvider services, ILogger<DataChanges> logger)
{
    /// <summary>The channel every process announces a new data version on (<see cref="DataChangedChannel"/>): the message is the version.</summary>
    public static readonly RedisChannel Channel = RedisChannel.Literal(DataChangedChannel.Name);

    /// <summary>Moves the store's data version on, takes it here at once and tells the other processes through Redis.</summary>
    public async Task<long> BumpAsync(CancellationToken cancellationToken)
    {
        var version = await store.BumpAsync(cancellationToken);
        monitor.Observe(version);
        if (services.GetService<IConnectionMultiplexer>() is { IsConnected: true } redis)
        {
            try
            {
                await redis.GetSubscriber().PublishAsync(Channel, version);
            }
            catch (RedisException ex)
            {
                logger.LogWarning(ex, "Could not announce data version {Version} on Redis; other processes see it within their refresh interval", version);
            }
        }

        return version;
    }
}
