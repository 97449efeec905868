using System.Collections.Concurrent;
using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;
using CineRadar.Core.Sampling.Nowcast;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Publishing;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// Folds a day's samples into admissions: recomputes every showtime's estimate and the day's rollups, writes the
/// estimates that changed and all rollups, and moves the data version on so readers see it. The shows still to come are
/// projected from the estimates of the <see cref="SamplingOptions.ProjectionHistoryDays"/> days before.
/// </summary>
public sealed class RollupFolder(
    ICatalogStore catalog,
    ISeatSampleStore samples,
    IAdmissionsStore admissions,
    ICityStore cities,
    DataChangeAnnouncer changes,
    IOptions<SamplingOptions> options,
    TimeProvider clock)
{
    private readonly DemandHistories _histories = new(admissions, options.Value.ProjectionHistoryDays, clock);
    private readonly ConcurrentDictionary<DateOnly, Dictionary<string, ShowtimeEstimate>> _saved = new();
    private readonly ConcurrentDictionary<DateOnly, DayEstimate> _latest = new();
    private readonly ConcurrentDictionary<DateOnly, FoldStamp> _stamps = new();

    /// <summary>The date's estimate as last folded by this process; null before the first fold.</summary>
    public DayEstimate? Latest(DateOnly date) => _latest.GetValueOrDefault(date);

    /// <summary>When this process last saved the date's estimates, and when the date's last bookable show started then.</summary>
    public FoldStamp? LastFold(DateOnly date) => _stamps.GetValueOrDefault(date);

    public async Task<DayEstimate> FoldAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var foldedAt = clock.GetUtcNow();
        var (estimate, showtimes) = await EstimateWithShowsAsync(date, cancellationToken);
        var saved = _saved.GetOrAdd(date, _ => new Dictionary<string, ShowtimeEstimate>(StringComparer.Ordinal));
        var changed = estimate.Showtimes
            .Where(e => !saved.TryGetValue(e.ShowtimeId, out var before) || before with { UpdatedAt = e.UpdatedAt } != e)
            .ToList();
        await admissions.SaveAsync(date, changed, estimate.Rollups, cancellationToken);
        foreach (var e in changed)
        {
            saved[e.ShowtimeId] = e;
        }

        _latest[date] = estimate;
        _stamps[date] = new FoldStamp(foldedAt, showtimes.Count == 0 ? null : showtimes.Max(s => s.StartsAt));
        await changes.AnnounceAsync(cancellationToken);
        return estimate;
    }

    /// <summary>The date's estimate from the store as it stands now, saving nothing.</summary>
    public async Task<DayEstimate> EstimateAsync(DateOnly date, CancellationToken cancellationToken) =>
        (await EstimateWithShowsAsync(date, cancellationToken)).Estimate;

    private async Task<(DayEstimate Estimate, IReadOnlyList<SampledShowtime> Showtimes)> EstimateWithShowsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var showtimes = SampledShowtime.From(await catalog.GetSchedulesAsync(date, cancellationToken));
        var readings = await samples.GetSummariesAsync(date, cancellationToken);
        var known = new KnownCities(await cities.ListAsync(cancellationToken));
        var history = await _histories.GetAsync(date, cancellationToken);
        return (AdmissionsEstimator.Estimate(date, showtimes, readings, clock.GetUtcNow(), known, history), showtimes);
    }
}

/// <summary>A fold's instant (before it read the schedules) and the start of the last bookable show it saw; null for none.</summary>
public sealed record FoldStamp(DateTimeOffset FoldedAt, DateTimeOffset? LastShowStartsAt);
