using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Views;
using CineRadar.Core.Sampling;
using CineRadar.Core.Seats;

namespace CineRadar.Api.Reads;

/// <summary>A day's admissions and estimated gross per movie, against the day before.</summary>
internal sealed class BoxOfficeReads(VersionedCache cache, DayViews days)
{
    public ValueTask<CachedJson<BoxOffice>> DayAsync(DateOnly date, CancellationToken cancellationToken) =>
        cache.AnswerAsync(VersionedCache.Key("boxoffice", VersionedCache.Key(date)), ct => ComputeDayAsync(date, ct), cancellationToken);

    private async ValueTask<Found<BoxOffice>> ComputeDayAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var previousDate = date.AddDays(-1);
        var movies = (await days.GetAsync(date, cancellationToken)).RollupsBy(RollupDimension.Movie).ToList();
        var before = (await days.GetAsync(previousDate, cancellationToken)).RollupsBy(RollupDimension.Movie)
            .ToDictionary(r => r.Key, StringComparer.Ordinal);
        var admissions = movies.Sum(m => m.Admissions);
        var gross = movies.Sum(m => m.EstimatedGrossRupiah);
        var previousAdmissions = before.Values.Sum(m => m.Admissions);
        var previousGross = before.Values.Sum(m => m.EstimatedGrossRupiah);
        var totals = new BoxOfficeTotals(
            admissions,
            gross,
            movies.Sum(m => m.Showtimes),
            movies.Sum(m => m.EstimatedShowtimes),
            Occupancy.Percent(admissions, movies.Sum(m => m.Capacity)),
            previousAdmissions,
            previousGross,
            Change.Pct(admissions, previousAdmissions),
            Change.Pct(gross, previousGross),
            movies.Sum(m => m.AdmissionsLow),
            movies.Sum(m => m.AdmissionsHigh),
            movies.Sum(m => m.GrossLow),
            movies.Sum(m => m.GrossHigh));
        var rows = movies
            .OrderByDescending(m => m.Admissions)
            .ThenByDescending(m => m.Showtimes)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m =>
            {
                var previous = before.GetValueOrDefault(m.Key)?.Admissions ?? 0;
                return new BoxOfficeMovie(
                    m.Key, m.Name, m.Admissions, m.EstimatedGrossRupiah, m.OccupancyPct, m.Showtimes, previous, Change.Pct(m.Admissions, previous),
                    m.AdmissionsLow, m.AdmissionsHigh, m.GrossLow, m.GrossHigh);
            })
            .ToList();
        return new BoxOffice(date, previousDate, totals, rows);
    }
}
