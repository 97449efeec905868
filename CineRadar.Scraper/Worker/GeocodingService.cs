using CineRadar.Scraper.Geocoding;
using CineRadar.Scraper.Seats;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Worker;

/// <summary>
/// Every few minutes, gives coordinates to theatres that have none. One worker at a time geocodes, under the
/// <see cref="LeaderLease.Geocoding"/> lease, so that all replicas together keep Nominatim's one request per second.
/// </summary>
public sealed class GeocodingService(
    TheatreGeocoder geocoder,
    LeaderLease lease,
    IOptions<GeocoderOptions> options,
    WorkerStatus status,
    TimeProvider clock,
    ILogger<GeocodingService> logger) : BackgroundService
{
    private readonly string _owner = $"{ScraperWorker.OwnerPrefix}:geocoding:{Guid.NewGuid():N}";

    /// <summary>One round: the theatres geocoded, or null when another worker holds the lease and geocodes.</summary>
    public async Task<int?> RoundAsync(CancellationToken cancellationToken)
    {
        var located = 0;
        return await lease.RunAsync(LeaderLease.Geocoding, _owner, async ct => located = await geocoder.GeocodeMissingAsync(ct), cancellationToken)
            ? located
            : null;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var located = await RoundAsync(stoppingToken);
                if (located > 0)
                {
                    logger.LogInformation("Geocoded {Count} theatres", located);
                }
                else if (located is null)
                {
                    logger.LogDebug("Another worker geocodes this round");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                status.Failed(ex);
                logger.LogError(ex, "Geocoding failed");
            }

            await Task.Delay(options.Value.Interval, clock, stoppingToken);
        }
    }
}
