using CineRadar.Contracts;
using StackExchange.Redis;

namespace CineRadar.Scraper.Publishing;

/// <summary>Tells readers that published data changed (the Api keys its cache on the data version).</summary>
public interface IDataChangedNotifier
{
    Task NotifyAsync(long version, CancellationToken cancellationToken);
}

/// <summary>Without Redis the store's data version alone tells readers; there is nothing more to send.</summary>
public sealed class StoreVersionOnlyNotifier : IDataChangedNotifier
{
    public Task NotifyAsync(long version, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Publishes the new data version on the <see cref="DataChangedChannel"/>, without waiting: the message only makes
/// the Api's replicas fresh sooner. While Redis is away it is lost, and they see the new version on their next check of
/// the store's data version.
/// </summary>
public sealed class RedisDataChangedNotifier(IConnectionMultiplexer redis) : IDataChangedNotifier
{
    public static readonly RedisChannel Channel = RedisChannel.Literal(DataChangedChannel.Name);

    public Task NotifyAsync(long version, CancellationToken cancellationToken)
    {
        try
        {
            return redis.GetSubscriber().PublishAsync(Channel, version, CommandFlags.FireAndForget);
        }
        catch (RedisException)
        {
            return Task.CompletedTask;
        }
    }
}
