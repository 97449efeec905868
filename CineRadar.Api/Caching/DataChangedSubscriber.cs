using StackExchange.Redis;

namespace CineRadar.Api.Caching;

/// <summary>Listens on Redis for new data versions, so that a publish makes the next read fresh without waiting.</summary>
internal sealed class DataChangedSubscriber(IConnectionMultiplexer redis, DataVersionMonitor monitor, ILogger<DataChangedSubscriber> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Once subscribed, the multiplexer subscribes again by itself after a reconnection.
                await redis.GetSubscriber().SubscribeAsync(DataChanges.Channel, (_, message) =>
                {
                    if (message.TryParse(out long version))
                    {
                        monitor.Observe(version);
                    }
                });
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogWarning(ex, "Could not subscribe to data changes on Redis; the data version is polled meanwhile");
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }
}
