using CineRadar.Core.Catalog;
using CineRadar.Core.Resweeps;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Resweeps;

/// <summary>
/// Plans and queues a day's re-sweep: the cities <see cref="ResweepPlanner"/> chooses from the store's schedules, seat
/// readings and earlier runs, one work item each, most likely to have changed first.
/// </summary>
public sealed class ResweepRequests(
    IRunStore runs,
    ICatalogStore catalog,
    ISeatSampleStore samples,
    IOptions<SweepScheduleOptions> options,
    TimeProvider clock,
    ILogger<ResweepRequests> logger)
{
    /// <summary>How many of the newest runs are read to find the day's sweep and re-sweeps.</summary>
    public const int RunsRead = 200;

    /// <summary>
    /// The measure of a day's re-sweeps, from the store; for a run being worked, as it was when the run was planned
    /// (<paramref name="planned"/>: the runs queued after it are left out, and it itself), so its cities read what its plan chose.
    /// </summary>
    public async Task<(ResweepMeasure Measure, IReadOnlyList<MovieSchedule> Schedules)> MeasureAsync(
        DateOnly date, CancellationToken cancellationToken, ScrapeRun? planned = null)
    {
        var schedules = await catalog.GetSchedulesAsync(date, cancellationToken);
        var recent = (await runs.ListAsync(RunsRead, cancellationToken))
            .Where(r => planned is null || (r.Id != planned.Id && r.CreatedAt <= planned.CreatedAt))
            .ToList();
        return (ResweepMeasure.From(date, recent, schedules, options.Value.ResweepShare, clock.GetUtcNow()), schedules);
    }

    /// <summary>The cities of a day as the planner weighs them now.</summary>
    public async Task<IReadOnlyList<ResweepCity>> WeighAsync(DateOnly date, ResweepMeasure measure, IReadOnlyList<MovieSchedule> schedules, CancellationToken cancellationToken)
    {
        var readings = await samples.GetSummariesAsync(date, cancellationToken);
        return ResweepPlanner.Weigh(schedules, readings, measure, clock.GetUtcNow());
    }

    /// <summary>Queues a planned re-sweep of <paramref name="date"/>; null when nothing is worth reading (no schedules, or every show has started).</summary>
    public async Task<ScrapeRun?> QueueAsync(DateOnly date, string requestedBy, string trigger, CancellationToken cancellationToken)
    {
        var (measure, schedules) = await MeasureAsync(date, cancellationToken);
        var cities = await WeighAsync(date, measure, schedules, cancellationToken);
        var targets = ResweepPlanner.Plan(cities, measure.Allowance, clock.GetUtcNow());
        if (targets.Count == 0)
        {
            logger.LogInformation("No re-sweep of {Date}: no city has shows still to start within its allowance of {Allowance} requests", date, measure.Allowance);
            return null;
        }

        var request = new RunRequest(RunKind.Resweep, date, [], requestedBy, trigger, 1, System.Diagnostics.Activity.Current?.TraceId.ToHexString());
        var run = await runs.QueueAsync(request, targets.Select(t => new RunItemSpec(t.CityId, t.CityName)).ToList(), cancellationToken);
        logger.LogInformation("Re-sweep {RunId} of {Date} queued: {Cities} cities, about {Expected} of {Allowance} requests ({Share:P0} of the day's sweep)",
            run.Id, date, targets.Count, targets.Sum(t => t.ExpectedRequests), measure.Allowance, options.Value.ResweepShare);
        return run;
    }
}
