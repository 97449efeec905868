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

        await LeaderLoop.RunAsync(
            lease,
            LeaderLease.SeatSampling,
            $"{ScraperWorker.OwnerPrefix}:seats",
            async ct =>
            {
                logger.LogInformation("This worker samples seats");
                await sampler.RunAsync(() => SeatSampler.AroundToday(clock), untilDrained: false, ct);
            },
            status,
            clock,
            logger,
            "Seat sampling",
            stoppingToken);
    }
}
