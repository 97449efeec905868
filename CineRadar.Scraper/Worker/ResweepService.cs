using CineRadar.Core.Resweeps;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Resweeps;
using CineRadar.Scraper.Seats;
using Cronos;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Worker;

/// <summary>
/// Queues today's re-sweeps at the WIB times <see cref="SweepScheduleOptions.ResweepAt"/> names, once the day has been
/// swept. Each time slot is queued once, however many workers run: a worker queues it only while it holds the
/// <see cref="LeaderLease.Resweep"/> lease, and only when no run of that slot exists yet. A slot missed while no worker
/// ran is not made up: the next one reads what changed since.
/// </summary>
public sealed class ResweepService(
    ResweepRequests requests,
    IRunStore runs,
    LeaderLease lease,
    IOptions<SweepScheduleOptions> options,
    WorkerStatus status,
    TimeProvider clock,
    ILogger<ResweepService> logger) : BackgroundService
{
    private readonly string owner = $"{ScraperWorker.OwnerPrefix}:resweep:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || string.IsNullOrWhiteSpace(settings.ResweepAt))
        {
            return;
        }

        await foreach (var slot in WibCron.OccurrencesAsync(CronExpression.Parse(settings.ResweepAt), clock, stoppingToken))
        {
            await QueueSlotAsync(TimeOnly.FromTimeSpan(IndonesianClock.InZone(slot, Core.Reference.IndonesianTimeZone.Wib).TimeOfDay), stoppingToken);
        }
    }

    private async Task QueueSlotAsync(TimeOnly slot, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        try
        {
            if (!await lease.RunAsync(LeaderLease.Resweep, owner, ct => QueueUnlessQueuedAsync(today, slot, ct), cancellationToken))
            {
                logger.LogInformation("Another worker is queueing the {Slot} re-sweep", slot);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status.Failed(ex);
            logger.LogError(ex, "The {Slot} re-sweep of {Date} could not be queued", slot, today);
        }
    }

    private async Task QueueUnlessQueuedAsync(DateOnly today, TimeOnly slot, CancellationToken cancellationToken)
    {
        var trigger = ResweepTrigger.For(slot);
        var recent = await runs.ListAsync(ResweepRequests.RunsRead, cancellationToken);
        if (recent.Any(r => r.Kind == RunKind.Resweep && r.Date == today && r.Trigger == trigger))
        {
            return;
        }

        if (!recent.Any(r => r.Kind == RunKind.Schedules && r.Date <= today && r.Date.AddDays(r.Days - 1) >= today && r.IsPublished))
        {
            logger.LogInformation("No re-sweep at {Slot}: today has not been swept yet", slot);
            return;
        }

        await requests.QueueAsync(today, "scheduler", trigger, cancellationToken);
    }
}
