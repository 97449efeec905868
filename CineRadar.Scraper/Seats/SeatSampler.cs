using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.SeatReads;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// Seat sampling of whole days: plans the bookable showtimes of the chosen dates from the store's schedules (leaving
/// out samples already stored, so a restart writes nothing twice) under the day's seat-read cap (every kind for every
/// show while the reads left cover it, the stratified design's choice otherwise), runs the scheduler, writes samples as
/// they come, folds them into admissions every <see cref="SamplingOptions.FoldInterval"/>, and replans when a later
/// sweep or re-sweep publishes (added showtimes enter the plan, cancelled ones leave it, moved ones are planned for
/// their new start) and, under a cap, every <see cref="SamplingOptions.DesignReplanInterval"/> with the reads left and
/// what the day's readings show.
/// </summary>
public sealed class SeatSampler(
    ICatalogStore catalog,
    ISeatSampleStore samples,
    SeatScheduler scheduler,
    SampleWriter writer,
    RollupFolder folder,
    SamplingBehindAlert behind,
    ChainPaths chainPaths,
    DailySeatReads reads,
    SamplingHeat heat,
    Webhooks.EstimatesFinal estimatesFinal,
    IOptions<SamplingOptions> options,
    TimeProvider clock,
    ILogger<SeatSampler> logger)
{
    public SeatScheduler Scheduler => scheduler;

    /// <summary>Adds the samples the dates still want; returns how many.</summary>
    public async Task<int> PlanAsync(IEnumerable<DateOnly> dates, CancellationToken cancellationToken)
    {
        var added = 0;
        var today = clock.Today();
        var rules = options.Value.ResolveRules();
        long? left = await reads.RemainingAsync(SeatReadPurpose.Design, cancellationToken);
        foreach (var date in dates.Order())
        {
            var schedules = await catalog.GetSchedulesAsync(date, cancellationToken);
            if (schedules.Count == 0)
            {
                continue;
            }

            var playing = SampledShowtime.From(schedules);
            var withdrawn = scheduler.Withdraw(date, playing.ToDictionary(s => s.ShowtimeId, s => s.StartsAt, StringComparer.Ordinal));
            if (withdrawn > 0)
            {
                logger.LogInformation("Withdrew {Count} seat samples of {Date} whose shows were cancelled or moved", withdrawn, date);
            }

            var taken = (await samples.GetSummariesAsync(date, cancellationToken)).Select(s => $"{s.ShowtimeId}_{s.Kind}").ToHashSet(StringComparer.Ordinal);
            var showtimes = await chainPaths.SampleableAsync(playing, cancellationToken);
            // A later date's samples are read on later days, under their own cap.
            double? readsLeft = left is not { } remaining ? null : date > today ? reads.Cap.LimitFor(SeatReadPurpose.Design) : remaining;
            var plan = SamplePlanner.Plan(showtimes, rules, clock.GetUtcNow(), taken, readsLeft, await heat.ForAsync(date, cancellationToken));
            var unwanted = scheduler.Keep(date, plan.Samples.Select(p => p.DocumentId).ToHashSet(StringComparer.Ordinal));
            var newOnes = scheduler.Add(plan.Samples);
            added += newOnes;
            if (date <= today && left is not null)
            {
                left = Math.Max(0, left.Value - plan.Samples.Count(p => !p.Spare));
            }

            if (newOnes > 0 || unwanted > 0)
            {
                logger.LogInformation(
                    "Planned {Count} seat samples for {Date} ({Dropped} no longer wanted): {Design}, {Chosen} of {Shows} shows, {ReadsLeft} reads left",
                    newOnes, date, unwanted, plan.Design.Census ? "every kind for every show" : "the stratified design",
                    plan.Design.Chosen.Count, showtimes.Count, readsLeft?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "no cap");
            }
        }

        return added;
    }

    /// <summary>
    /// Samples the dates <paramref name="dates"/> names (asked again at every replan) until cancelled, or with
    /// <paramref name="untilDrained"/> until every planned sample is taken or missed.
    /// </summary>
    public async Task RunAsync(Func<IReadOnlyList<DateOnly>> dates, bool untilDrained, CancellationToken cancellationToken)
    {
        await PlanAsync(dates(), cancellationToken);
        using var background = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = writer.RunAsync(background.Token);
        var folding = FoldLoopAsync(background.Token);
        var replanning = ReplanLoopAsync(dates, background.Token);
        try
        {
            await scheduler.RunAsync(untilDrained, cancellationToken);
        }
        finally
        {
            await background.CancelAsync();
            await Task.WhenAll(writing, Quietly(folding), Quietly(replanning));
            await FoldDirtyAsync(CancellationToken.None);
        }
    }

    /// <summary>Today's WIB date, yesterday's (its late shows) and tomorrow's (when a sweep already has it).</summary>
    public static IReadOnlyList<DateOnly> AroundToday(TimeProvider clock)
    {
        var today = clock.Today();
        return [today.AddDays(-1), today, today.AddDays(1)];
    }

    private async Task FoldLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.FoldInterval, clock, cancellationToken);
            await writer.FlushAsync();
            await FoldDirtyAsync(cancellationToken);
            await estimatesFinal.CheckAsync(AroundToday(clock).Take(2), cancellationToken);
            await behind.CheckAsync(options.Value.FoldInterval, cancellationToken);
        }
    }

    private async Task FoldDirtyAsync(CancellationToken cancellationToken)
    {
        foreach (var date in writer.TakeDirtyDates())
        {
            try
            {
                var estimate = await folder.FoldAsync(date, cancellationToken);
                logger.LogInformation("Admissions for {Date}: {Admissions} from {Showtimes} showtimes",
                    date, estimate.Showtimes.Sum(s => s.Admissions), estimate.Showtimes.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Admissions for {Date} could not be folded", date);
            }
        }
    }

    /// <summary>
    /// Plans again whenever a sweep has published one of the dates anew (its snapshot's time moved) and, under a cap,
    /// once the design's replan interval has passed.
    /// </summary>
    private async Task ReplanLoopAsync(Func<IReadOnlyList<DateOnly>> dates, CancellationToken cancellationToken)
    {
        var seen = await CatalogStampAsync(dates(), cancellationToken);
        var planned = clock.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.ReplanInterval, clock, cancellationToken);
            var current = dates();
            var stamp = await CatalogStampAsync(current, cancellationToken);
            var designDue = reads.Cap.IsCapped && clock.GetUtcNow() - planned >= options.Value.DesignReplanInterval;
            if (stamp != seen || designDue)
            {
                seen = stamp;
                planned = clock.GetUtcNow();
                await PlanAsync(current, cancellationToken);
            }
        }
    }

    private async Task<string> CatalogStampAsync(IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken)
    {
        var stamps = new List<string>(dates.Count);
        foreach (var date in dates)
        {
            stamps.Add((await catalog.GetSnapshotAsync(date, cancellationToken))?.ScrapedAt.ToString("O") ?? "-");
        }

        return string.Join('|', stamps);
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }
}
