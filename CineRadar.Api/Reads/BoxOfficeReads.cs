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
        var day = await days.GetAsync(date, cancellationToken);
        var previousDay = await days.GetAsync(previousDate, cancellationToken);
        var movies = day.RollupsBy(RollupDimension.Movie).ToList();
        var before = previousDay.RollupsBy(RollupDimension.Movie).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var national = day.National;
        var admissions = national.Admissions;
        var gross = national.EstimatedGrossRupiah;
        var previousAdmissions = previousDay.National.Admissions;
        var previousGross = previousDay.National.EstimatedGrossRupiah;
        var totals = new BoxOfficeTotals(
            admissions,
            gross,
            national.Showtimes,
            national.EstimatedShowtimes,
            national.OccupancyPct,
            previousAdmissions,
            previousGross,
            Change.Pct(admissions, previousAdmissions),
            Change.Pct(gross, previousGross),
            national.AdmissionsLow,
            national.AdmissionsHigh,
            national.GrossLow,
            national.GrossHigh,
            SoFar.From(national));
        var rows = movies
            .OrderByDescending(m => m.Admissions)
            .ThenByDescending(m => m.Showtimes)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m =>
            {
                var previous = before.GetValueOrDefault(m.Key)?.Admissions ?? 0;
                return new BoxOfficeMovie(
                    m.Key, m.Name, m.Admissions, m.EstimatedGrossRupiah, m.OccupancyPct, m.Showtimes, previous, Change.Pct(m.Admissions, previous),
                    m.AdmissionsLow, m.AdmissionsHigh, m.GrossLow, m.GrossHigh, SoFar.From(m));
            })
            .ToList();
        return new BoxOffice(date, previousDate, totals, rows);
    }
}
