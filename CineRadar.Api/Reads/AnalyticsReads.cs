using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Views;
using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;
using CineRadar.Core.Seats;
using CineRadar.Core.Time;

namespace CineRadar.Api.Reads;

/// <summary>What an occupancy breakdown groups showtimes by.</summary>
internal enum OccupancyDimension
{
    Chain,
    City,
    Region,
    Format,
    Hour,
}

/// <summary>The Admin's aggregates of a day: overview, occupancy by a dimension, and each movie's share of showtimes.</summary>
internal sealed class AnalyticsReads(VersionedCache cache, DayViews days)
{
    public ValueTask<CachedJson<Overview>> OverviewAsync(DateOnly date, CancellationToken cancellationToken) =>
        cache.AnswerAsync(VersionedCache.Key("overview", VersionedCache.Key(date)), ct => ComputeOverviewAsync(date, ct), cancellationToken);

    private async ValueTask<Found<Overview>> ComputeOverviewAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(date, cancellationToken);
        var now = Figures(day);
        var before = Figures(await days.GetAsync(date.AddDays(-1), cancellationToken));
        return new Overview(
            date, date.AddDays(-1), now.Admissions, now.GrossRupiah, now.OccupancyPct, now.Showtimes, now.Theatres, now.Movies, now.Cities, before,
            new OverviewChanges(
                Change.Pct(now.Admissions, before.Admissions),
                Change.Pct(now.GrossRupiah, before.GrossRupiah),
                Change.Pct(now.OccupancyPct, before.OccupancyPct),
                Change.Pct(now.Showtimes, before.Showtimes),
                Change.Pct(now.Theatres, before.Theatres),
                Change.Pct(now.Movies, before.Movies)),
            now.AdmissionsLow,
            now.AdmissionsHigh,
            now.GrossLowRupiah,
            now.GrossHighRupiah,
            SoFar.From(day.National));
    }

    public ValueTask<CachedJson<Nowcast>> NowcastAsync(DateOnly date, CancellationToken cancellationToken) =>
        cache.AnswerAsync(VersionedCache.Key("nowcast", VersionedCache.Key(date)), ct => ComputeNowcastAsync(date, ct), cancellationToken);

    /// <summary>The day so far and by tonight per movie, city and chain and for the country, from the stored rollups.</summary>
    private async ValueTask<Found<Nowcast>> ComputeNowcastAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(date, cancellationToken);
        var national = day.National;
        List<NowcastRow> Rows(RollupDimension dimension) =>
            [.. day.RollupsBy(dimension).OrderByDescending(r => r.Admissions).ThenBy(r => r.Name, StringComparer.Ordinal).Select(NowcastRow.From)];
        return new Nowcast(
            date,
            national.IsProjection,
            day.Rollups.Count == 0 ? null : day.Rollups.Max(r => r.UpdatedAt),
            NowcastRow.From(national),
            Rows(RollupDimension.Movie),
            Rows(RollupDimension.City),
            Rows(RollupDimension.Chain));
    }

    public ValueTask<CachedJson<OccupancyBreakdown>> OccupancyAsync(DateOnly date, OccupancyDimension by, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("occupancy", VersionedCache.Key(date), by.ToString()), ct => ComputeOccupancyAsync(date, by, ct), cancellationToken);

    private async ValueTask<Found<OccupancyBreakdown>> ComputeOccupancyAsync(DateOnly date, OccupancyDimension by, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(date, cancellationToken);
        var rows = day.Showtimes
            .GroupBy(s => KeyOf(s, by, day))
            .Select(g =>
            {
                var total = day.TotalOf(g);
                var admissions = (long)Math.Round(total.Admissions);
                var capacity = (long)Math.Round(total.Capacity);
                return new OccupancyRow(
                    g.Key.Key, g.Key.Name, g.Count(), total.Read, admissions, capacity, Occupancy.Percent(admissions, capacity), (long)Math.Round(total.Gross),
                    (long)Math.Floor(total.AdmissionsLow), (long)Math.Ceiling(total.AdmissionsHigh),
                    (long)Math.Floor(total.GrossLow), (long)Math.Ceiling(total.GrossHigh));
            });
        var ordered = by == OccupancyDimension.Hour
            ? rows.OrderBy(r => MovieReads.BusinessHourOrder(int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)))
            : rows.OrderByDescending(r => r.Showtimes).ThenBy(r => r.Name, StringComparer.Ordinal);
        return new OccupancyBreakdown(date, by.ToString().ToLowerInvariant(), ordered.ToList());
    }

    public ValueTask<CachedJson<ShowtimeShare>> ShowtimeShareAsync(DateOnly date, CancellationToken cancellationToken) =>
        cache.AnswerAsync(VersionedCache.Key("share", VersionedCache.Key(date)), ct => ComputeShowtimeShareAsync(date, ct), cancellationToken);

    private async ValueTask<Found<ShowtimeShare>> ComputeShowtimeShareAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(date, cancellationToken);
        var screens = day.Showtimes.Select(s => (s.TheatreId, s.RoomCategory)).Distinct().Count();
        var rows = day.Showtimes
            .GroupBy(s => (s.MovieId, s.MovieTitle))
            .Select(g => new ShowtimeShareRow(
                g.Key.MovieId,
                g.Key.MovieTitle,
                g.Count(),
                Occupancy.Percent(g.Count(), day.Showtimes.Count),
                g.Select(s => s.TheatreId).Distinct(StringComparer.Ordinal).Count(),
                Occupancy.Percent(g.Select(s => (s.TheatreId, s.RoomCategory)).Distinct().Count(), screens)))
            .OrderByDescending(r => r.Showtimes)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();
        return new ShowtimeShare(date, day.Showtimes.Count, rows);
    }

    private static OverviewFigures Figures(DayView day)
    {
        var national = day.National;
        return new OverviewFigures(
            national.Admissions,
            national.EstimatedGrossRupiah,
            national.OccupancyPct,
            national.Showtimes,
            day.RollupsBy(RollupDimension.Theatre).Count(),
            day.RollupsBy(RollupDimension.Movie).Count(),
            day.RollupsBy(RollupDimension.City).Count(),
            national.AdmissionsLow,
            national.AdmissionsHigh,
            national.GrossLow,
            national.GrossHigh);
    }

    private static (string Key, string Name) KeyOf(SampledShowtime showtime, OccupancyDimension by, DayView day)
    {
        switch (by)
        {
            case OccupancyDimension.Chain:
                var chain = Chains.FromMerchant(showtime.Merchant);
                return (chain.Key, chain.DisplayName);
            case OccupancyDimension.City:
                return (showtime.CityId, showtime.CityName);
            case OccupancyDimension.Region:
                var region = day.Cities.RegionOf(showtime.CityId);
                return (region.Id.ToString(), region.Name);
            case OccupancyDimension.Format:
                var label = day.Slots[showtime.ShowtimeId].Room.Format.Label;
                return (label, label);
            default:
                var hour = IndonesianClock.TryParseDisplayTime(showtime.DisplayTime, out var time) ? time.Hour : 0;
                return (hour.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{hour:00}:00");
        }
    }
}
