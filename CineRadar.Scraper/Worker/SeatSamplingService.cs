using CineRadar.Scraper.Seats;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Worker;

/// <summary>
/// Samples seats all day, every day, in one worker process at a time (the seat-sampling lease): the showtimes of
/// yesterday (late shows), today and tomorrow that the store has, replanned as sweeps publish.
/// </summary>
public sealed class SeatSamplingService(
    SeatSampler sampler,
    LeaderLease lease,
    IOptions<SamplingOptions> options,
    WorkerStatus status,
    TimeProvider clock,
    ILogger<SeatSamplingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var owner = $"{ScraperWorker.OwnerPrefix}:seats";
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var held = await lease.RunAsync(LeaderLease.SeatSampling, owner, async ct =>
                {
                    logger.LogInformation("This worker samples seats");
                    await sampler.RunAsync(() => SeatSampler.AroundToday(clock), untilDrained: false, ct);
                }, stoppingToken);
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
                logger.LogError(ex, "Seat sampling stopped; it starts again shortly");
                await Task.Delay(TimeSpan.FromSeconds(30), clock, stoppingToken);
            }
        }
    }
}
