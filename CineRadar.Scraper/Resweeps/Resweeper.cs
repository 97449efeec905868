using CineRadar.Core.Catalog;
using CineRadar.Core.Resweeps;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Publishing;
using CineRadar.Scraper.Sweeps;
using CineRadar.Scraper.Telemetry;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Resweeps;

/// <summary>
/// Does a re-sweep's work. A city of a planned re-sweep is read in part (its movie list, the movies where change is
/// likeliest and any movie it newly lists) and in full only when that part shows a change and the run's allowance
/// still has room; an operator's re-sweep reads its cities whole. What changed is applied at once
/// (<see cref="ScheduleChanges"/>) and published for that city, so added shows enter seat sampling's plan without waiting
/// for the other cities. A city is skipped when the run has spent its allowance. The publish step only ends the run.
/// </summary>
public sealed class Resweeper(
    IRunStore runs,
    ICatalogStore catalog,
    ResweepRequests requests,
    ICatalogSourceProvider sources,
    CityDirectory directory,
    CitySweeper sweeper,
    DataChangeAnnouncer changes,
    IOptions<TixOptions> tix,
    TimeProvider clock,
    ILogger<Resweeper> logger)
{
    public async Task ReadCityAsync(WorkItemLease lease, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(lease.RunId, cancellationToken) ?? throw new InvalidOperationException($"Run {lease.RunId} disappeared.");
        var city = await directory.ForItemAsync(lease.Key, lease.Label, cancellationToken);
        var (measure, schedules) = await requests.MeasureAsync(lease.Date, cancellationToken);
        var stored = CatalogAssembly.ForCity(lease.Date, new CityRef(city.Id, city.Name), schedules);
        var budget = await BudgetAsync(run, lease, measure, schedules, cancellationToken);
        if (budget is { Skip: true })
        {
            await runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Empty, budget.Value.Note, 0, 0, 0, 0), [], cancellationToken);
            return;
        }

        var tally = RequestTally.Begin();
        try
        {
            await using var session = await sources.Current.OpenCityAsync(new TixCity(city.Id, city.Name), cancellationToken);
            var listed = await session.GetMoviesAsync(cancellationToken);
            var known = stored?.Movies.Select(m => m.Id).ToHashSet(StringComparer.Ordinal) ?? [];
            var scope = budget?.Movies;
            var first = listed.Where(m => scope is null || scope.Contains(m.Id) || !known.Contains(m.Id)).ToList();
            var read = await sweeper.ReadSchedulesAsync(session, city, first, lease.Date, cancellationToken);
            var fresh = new CityScrape(city.Id, city.Name, lease.Date, listed.DistinctBy(m => m.Id, StringComparer.Ordinal).Select(TixMapping.ToMovie).ToList(), read);
            var applied = ScheduleChanges.Apply(stored, fresh, scope is null ? null : first.Select(m => m.Id).ToHashSet(StringComparer.Ordinal), clock.GetUtcNow());
            var how = scope is null ? "read whole" : $"{first.Count} of {listed.Count} movies read";
            if (scope is not null && applied.Any)
            {
                var rest = listed.Except(first).ToList();
                var restCost = (int)Math.Ceiling(rest.Count * measure.RequestsPerMovie.GetValueOrDefault(city.Id, 1));
                if (rest.Count > 0 && budget!.Value.Remaining - tally.Count >= restCost)
                {
                    read.AddRange(await sweeper.ReadSchedulesAsync(session, city, rest, lease.Date, cancellationToken));
                    applied = ScheduleChanges.Apply(stored, fresh with { Schedules = read }, null, clock.GetUtcNow());
                    how = $"read whole after a change in {first.Count} of {listed.Count} movies";
                }
            }

            if (applied.Any)
            {
                await PublishAsync(lease, applied.Merged, cancellationToken);
            }

            var theatres = applied.Merged.Schedules.SelectMany(s => s.Theatres).Select(t => t.TheatreId).Distinct(StringComparer.Ordinal).Count();
            var showtimes = applied.Merged.Schedules.Sum(s => s.Theatres.Sum(t => t.ShowtimeCount));
            logger.LogInformation("{City} re-swept ({How}) in {Requests} requests: {Added} added, {Moved} moved, {Cancelled} cancelled",
                city.Name, how, tally.Count, applied.Added.Count, applied.Moved.Count, applied.Cancelled.Count);
            await runs.CompleteAsync(
                lease,
                new WorkItemOutcome(WorkItemStatus.Ok, how, listed.Count, theatres, showtimes, tally.Count, null, applied.Added.Count, applied.Moved.Count, applied.Cancelled.Count),
                [],
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (ex is LeaseLostException)
            {
                throw;
            }

            // A re-sweep does not retry a city: the next one reads it again, and nothing was applied.
            logger.LogWarning(ex, "{City} could not be re-swept after {Requests} requests", city.Name, tally.Count);
            await runs.CompleteAsync(lease, WorkItemOutcome.Failed(CitySweeper.Reason(ex), tally.Count), [], cancellationToken);
        }
    }

    /// <summary>Ends a re-sweep: success, or partial when a city could not be read, with what it found.</summary>
    public async Task FinishAsync(WorkItemLease publishLease, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(publishLease.RunId, cancellationToken) ?? throw new InvalidOperationException($"Run {publishLease.RunId} disappeared.");
        var cities = run.Cities.ToList();
        var failed = cities.Count(c => c.Status == WorkItemStatus.Failed);
        var status = failed == 0 ? RunStatus.Success : failed == cities.Count ? RunStatus.Failed : RunStatus.Partial;
        var note = $"{cities.Sum(c => c.Added)} added, {cities.Sum(c => c.Moved)} moved, {cities.Sum(c => c.Cancelled)} cancelled in "
                   + $"{cities.Count(c => c.Added + c.Moved + c.Cancelled > 0)} of {cities.Count} cities; {cities.Sum(c => c.Requests)} requests"
                   + (failed > 0 ? $"; {failed} cities could not be read" : "");
        await runs.FinishAsync(publishLease, status, note, cancellationToken);
        logger.LogInformation("Re-sweep {RunId} ended {Status}: {Note}", run.Id, status, note);
    }

    /// <summary>
    /// A planned re-sweep's city: the movies its partial read covers and the requests the run may still spend (null for
    /// an operator's re-sweep, which reads its cities whole). Skip when the run's allowance cannot pay the partial read.
    /// </summary>
    private async Task<(bool Skip, string? Note, IReadOnlySet<string> Movies, int Remaining)?> BudgetAsync(
        ScrapeRun run, WorkItemLease lease, ResweepMeasure measure, IReadOnlyList<MovieSchedule> schedules, CancellationToken cancellationToken)
    {
        if (!ResweepRequests.IsPlanned(run))
        {
            return null;
        }

        var remaining = measure.Allowance - run.Cities.Where(i => i.Key != lease.Key).Sum(i => i.Requests);
        var weighed = (await requests.WeighAsync(lease.Date, measure, schedules, cancellationToken)).FirstOrDefault(c => c.CityId == lease.Key);
        var movies = weighed is null ? [] : ResweepPlanner.PartialScope(weighed);
        var cost = weighed is null ? 1 : ResweepPlanner.Cost(weighed, movies.Count);
        var skip = remaining < cost;
        return (skip, skip ? $"skipped: {remaining} of the re-sweep's {measure.Allowance} requests left, {cost} needed" : null,
            movies.ToHashSet(StringComparer.Ordinal), remaining);
    }

    private async Task PublishAsync(WorkItemLease lease, CityScrape merged, CancellationToken cancellationToken)
    {
        await catalog.PublishAsync(new CatalogPublication(lease.Date, clock.GetUtcNow(), lease.RunId, [merged], tix.Value.Source), cancellationToken);
        await changes.AnnounceAsync(cancellationToken);
    }
}
