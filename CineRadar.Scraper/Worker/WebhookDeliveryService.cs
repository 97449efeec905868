using CineRadar.Core.Webhooks;
using CineRadar.Scraper.Webhooks;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Worker;

/// <summary>
/// Every worker delivers webhooks: each round claims due deliveries in the store, so every replica can take part and
/// each delivery is posted by one of them at a time.
/// </summary>
public sealed class WebhookDeliveryService(
    WebhookDeliverer deliverer,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDeliveryService> logger) : BackgroundService
{
    private readonly string _owner = $"{ScraperWorker.OwnerPrefix}:webhooks:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full round may have left more due; ask again at once.
                if (await deliverer.RoundAsync(_owner, stoppingToken) >= options.Value.ClaimBatch)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Webhook deliveries could not be worked; trying again shortly");
            }

            await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }
}
