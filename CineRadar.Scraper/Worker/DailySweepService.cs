using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.Seats;
using Cronos;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Worker;

/// <summary>
/// Queues the daily sweep at the configured WIB time (Cronos), and once at start when today's was missed. A day's
/// scheduled sweep is queued once, however many workers run: a worker looks for it and queues it only while it holds
/// the <see cref="LeaderLease.DailySweep"/> lease, and a worker that finds the lease held leaves the day to its holder.
/// </summary>
public sealed class DailySweepService(
    SweepRequests requests,
    IRunStore runs,
    LeaderLease lease,
    IOptions<SweepScheduleOptions> options,
    WorkerStatus status,
    TimeProvider clock,
    ILogger<DailySweepService> logger) : BackgroundService
{
    public const string Trigger = "schedule";

    private readonly string owner = $"{ScraperWorker.OwnerPrefix}:daily-sweep:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var cron = CronExpression.Parse(settings.DailyAt);
        var (todayStart, _) = IndonesianClock.BusinessDayBounds(clock.Today());
        if (settings.CatchUpOnStart && cron.GetOccurrences(todayStart.UtcDateTime, clock.GetUtcNow().UtcDateTime, IndonesianClock.WibTimeZone).Any())
        {
            await QueueTodayAsync(stoppingToken);
        }

        await foreach (var _ in WibCron.OccurrencesAsync(cron, clock, stoppingToken))
        {
            await QueueTodayAsync(stoppingToken);
        }
    }

    private async Task QueueTodayAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        try
        {
            if (!await lease.RunAsync(LeaderLease.DailySweep, owner, ct => QueueUnlessQueuedAsync(today, ct), cancellationToken))
            {
                logger.LogInformation("Another worker is queueing the daily sweep for {Date}", today);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status.Failed(ex);
            logger.LogError(ex, "The daily sweep for {Date} could not be queued", today);
        }
    }

    private async Task QueueUnlessQueuedAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var recent = await runs.ListAsync(100, cancellationToken);
        if (recent.Any(r => r.Kind == RunKind.Schedules && r.Trigger == Trigger && r.Date == today && r.Status != RunStatus.Failed))
        {
            logger.LogInformation("The daily sweep for {Date} is already queued", today);
            return;
        }

        var run = await requests.QueueAsync([], today, options.Value.Days, "scheduler", Trigger, cancellationToken);
        logger.LogInformation("Daily sweep {RunId} queued for {Date} ({Cities} cities)", run.Id, today, run.ItemsTotal);
    }
}
