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
/// likeliest and any movie it newly lists) and further, heaviest movies first and up to in full, only when that part
/// shows a change, within the city's share of the run's allowance; an operator's re-sweep reads its cities whole. What
/// changed is applied at once (<see cref="ScheduleChanges"/>) and published for that city, so added shows enter seat
/// sampling's plan without waiting for the other cities. A city whose share cannot pay for its movie list and one movie
/// is skipped. The publish step only ends the run.
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
        var planned = ResweepTrigger.IsPlanned(run);
        var (measure, schedules) = await requests.MeasureAsync(lease.Date, cancellationToken, planned ? run : null);
        var stored = CatalogAssembly.ForCity(lease.Date, new CityRef(city.Id, city.Name), schedules);
        var allowance = planned ? await AllowanceAsync(run, lease, measure, schedules, cancellationToken) : null;
        var perMovie = (int)Math.Ceiling(measure.RequestsPerMovie.GetValueOrDefault(city.Id, 1));
        if (allowance is { } spare && spare.Ceiling < 1 + perMovie)
        {
            var note = $"skipped: {spare.Ceiling} of the re-sweep's {measure.Allowance} requests left for this city, {1 + perMovie} needed";
            await runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Empty, note, 0, 0, 0, 0), [], cancellationToken);
            return;
        }

        var tally = RequestTally.Begin();
        try
        {
            await using var session = await sources.Current.OpenCityAsync(new TixCity(city.Id, city.Name), cancellationToken);
            var listed = (await session.GetMoviesAsync(cancellationToken)).DistinctBy(m => m.Id, StringComparer.Ordinal).ToList();
            var fresh = new CityScrape(city.Id, city.Name, lease.Date, listed.Select(TixMapping.ToMovie).ToList(), []);
            var known = stored?.Movies.Select(m => m.Id).ToHashSet(StringComparer.Ordinal) ?? [];
            // A planned re-sweep reads any movie the city newly lists and the movies where change is likeliest first, heaviest
            // first, then, once they show a change, the others, as long as the city's share of the allowance lasts.
            var order = listed.OrderByDescending(m => !known.Contains(m.Id)).ThenByDescending(m => allowance?.Weights.GetValueOrDefault(m.Id) ?? 0).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
            var first = allowance is null ? listed : order.Where(m => allowance.Scope.Contains(m.Id) || !known.Contains(m.Id)).ToList();
            var rest = order.Except(first).ToList();
            var read = new List<CityMovieSchedule>();
            bool Affordable() => allowance is null || tally.Count + perMovie <= allowance.Ceiling;
            async Task ReadAsync(IEnumerable<TixMovie> movies)
            {
                foreach (var movie in movies.TakeWhile(_ => Affordable()))
                {
                    read.AddRange(await sweeper.ReadSchedulesAsync(session, city, [movie], lease.Date, cancellationToken));
                }
            }

            AppliedScheduleChanges Apply() => ScheduleChanges.Apply(
                stored, fresh with { Schedules = read }, read.Count == listed.Count ? null : read.Select(s => s.MovieId).ToHashSet(StringComparer.Ordinal), clock.GetUtcNow());

            await ReadAsync(first);
            var applied = Apply();
            var readFirst = read.Count;
            if (applied.Any && rest.Count > 0 && read.Count == first.Count)
            {
                await ReadAsync(rest);
                applied = Apply();
            }

            if (applied.Any)
            {
                await PublishAsync(lease, applied.Merged, cancellationToken);
            }

            var how = read.Count == listed.Count ? (readFirst == listed.Count ? "read whole" : $"read whole after a change in {readFirst} of {listed.Count} movies")
                : read.Count > readFirst ? $"{read.Count} of {listed.Count} movies read, {read.Count - readFirst} of them after a change"
                : $"{read.Count} of {listed.Count} movies read";
            logger.LogInformation("{City} re-swept ({How}) in {Requests} requests: {Added} added, {Moved} moved, {Cancelled} cancelled",
                city.Name, how, tally.Count, applied.Added.Count, applied.Moved.Count, applied.Cancelled.Count);
            await runs.CompleteAsync(
                lease,
                new WorkItemOutcome(WorkItemStatus.Ok, how, listed.Count, applied.Merged.TheatreCount, applied.Merged.ShowtimeCount, tally.Count, null, applied.Added.Count, applied.Moved.Count, applied.Cancelled.Count),
                [],
                cancellationToken);
        }
        catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && ex is not LeaseLostException)
        {
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
    /// What a planned re-sweep's city may spend: the run's allowance split over its cities in proportion to their
    /// partial reads, plus an even part of what the cities already done left unspent. Every city's share is set aside
    /// however many are read at once, so the run keeps to its allowance with several cities in flight; a city stops
    /// before a movie it could not pay for.
    /// </summary>
    private async Task<CityAllowance> AllowanceAsync(
        ScrapeRun run, WorkItemLease lease, ResweepMeasure measure, IReadOnlyList<MovieSchedule> schedules, CancellationToken cancellationToken)
    {
        var weighed = (await requests.WeighAsync(lease.Date, measure, schedules, cancellationToken)).ToDictionary(c => c.CityId, StringComparer.Ordinal);
        double Cost(string key) => weighed.TryGetValue(key, out var c) ? ResweepPlanner.Cost(c, ResweepPlanner.PartialScope(c).Count) : 1;
        var cities = run.Cities.ToList();
        var total = Math.Max(1, cities.Sum(i => Cost(i.Key)));
        double Share(string key) => measure.Allowance * Cost(key) / total;
        var done = cities.Where(i => i.IsFinished && i.Key != lease.Key).ToList();
        var unspent = done.Sum(i => Share(i.Key) - i.Requests);
        var waiting = Math.Max(1, cities.Count - done.Count);
        var city = weighed.GetValueOrDefault(lease.Key);
        return new CityAllowance(
            (int)Math.Floor(Share(lease.Key) + (unspent / waiting)),
            (city is null ? [] : ResweepPlanner.PartialScope(city)).ToHashSet(StringComparer.Ordinal),
            city?.Movies.ToDictionary(m => m.MovieId, m => m.Weight, StringComparer.Ordinal) ?? new Dictionary<string, double>(StringComparer.Ordinal));
    }

    /// <summary>A planned re-sweep's city: the requests it may spend, the movies of its partial read, each movie's weight.</summary>
    private sealed record CityAllowance(int Ceiling, IReadOnlySet<string> Scope, IReadOnlyDictionary<string, double> Weights);

    private async Task PublishAsync(WorkItemLease lease, CityScrape merged, CancellationToken cancellationToken)
    {
        await catalog.PublishAsync(new CatalogPublication(lease.Date, clock.GetUtcNow(), lease.RunId, [merged], tix.Value.Source), cancellationToken);
        await changes.AnnounceAsync(cancellationToken);
    }
}
