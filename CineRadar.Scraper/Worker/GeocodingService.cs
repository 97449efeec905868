using CineRadar.Scraper.Geocoding;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Worker;

/// <summary>Every few minutes, gives coordinates to theatres that have none.</summary>
public sealed class GeocodingService(
    TheatreGeocoder geocoder,
    IOptions<GeocoderOptions> options,
    WorkerStatus status,
    TimeProvider clock,
    ILogger<GeocodingService> logger) : BackgroundService
{
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
                var located = await geocoder.GeocodeMissingAsync(stoppingToken);
                if (located > 0)
                {
                    logger.LogInformation("Geocoded {Count} theatres", located);
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
