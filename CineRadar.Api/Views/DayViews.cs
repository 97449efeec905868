using CineRadar.Api.Caching;
using CineRadar.Core.Sampling;
using CineRadar.Core.Sampling.Nowcast;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Views;

/// <summary>
/// Builds each date's <see cref="DayView"/> from the store once per data version, with the earlier days' estimates the
/// scraper's fold projected the day from.
/// </summary>
internal sealed class DayViews(
    ICatalogStore catalog, ISeatSampleStore samples, IAdmissionsStore admissions, DemandHistories histories, CityIndexes cities, VersionedCache cache)
{
    public ValueTask<DayView> GetAsync(DateOnly date, CancellationToken cancellationToken) =>
        cache.ViewAsync($"day:{date:yyyy-MM-dd}", ct => BuildAsync(date, ct), cancellationToken);

    private async ValueTask<DayView> BuildAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(date, cancellationToken);
        if (snapshot is null)
        {
            return new DayView(date, null, [], [], [], await cities.GetAsync(cancellationToken));
        }

        var schedules = await catalog.GetSchedulesAsync(date, cancellationToken);
        var readings = await samples.GetSummariesAsync(date, cancellationToken);
        var estimates = await admissions.GetEstimatesAsync(date, cancellationToken);
        var rollups = new List<DailyRollup>();
        foreach (var dimension in Enum.GetValues<RollupDimension>())
        {
            rollups.AddRange(await admissions.GetRollupsAsync(date, dimension, cancellationToken));
        }

        // Only a day folded while shows were still to come was projected from earlier days; a finished one reads none.
        var foldedAt = DayView.FoldedAt(rollups);
        var toCome = schedules.SelectMany(m => m.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes)
            .Any(s => !s.IsCancelled && s.StartsAt > foldedAt);
        var history = toCome ? await histories.GetAsync(date, cancellationToken) : null;
        return new DayView(date, snapshot.ScrapedAt, schedules, readings, estimates, await cities.GetAsync(cancellationToken), rollups, history);
    }
}
