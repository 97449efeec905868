using CineRadar.Scraper.Seats;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Worker;

/// <summary>
/// Every few seconds, takes the seat readings Public visitors asked for, in one worker at a time (the
/// <see cref="LeaderLease.VisitorReadings"/> lease), so each request is read once whatever the replica count.
/// </summary>
public sealed class VisitorReadingService(
    VisitorReadings readings,
    LeaderLease lease,
    IOptions<VisitorReadingOptions> options,
    WorkerStatus status,
    TimeProvider clock,
    ILogger<VisitorReadingService> logger) : BackgroundService
{
    private readonly string _owner = $"{ScraperWorker.OwnerPrefix}:visitor-readings:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await LeaderLoop.RunAsync(lease, LeaderLease.VisitorReadings, _owner, WorkAsync, status, clock, logger, "Visitor readings", stoppingToken);
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var taken = await readings.RoundAsync(cancellationToken);
            if (taken > 0)
            {
                logger.LogInformation("Took {Count} readings visitors asked for", taken);
            }

            await Task.Delay(options.Value.PollInterval, clock, cancellationToken);
        }
    }
}
