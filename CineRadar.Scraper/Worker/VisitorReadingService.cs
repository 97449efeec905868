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

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var held = await lease.RunAsync(LeaderLease.VisitorReadings, _owner, WorkAsync, stoppingToken);
                if (!held)
                {
                    await Task.Delay(lease.Duration / 2, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                status.Failed(ex);
                logger.LogError(ex, "Visitor readings stopped; they start again shortly");
                await Task.Delay(TimeSpan.FromSeconds(30), clock, stoppingToken);
            }
        }
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
