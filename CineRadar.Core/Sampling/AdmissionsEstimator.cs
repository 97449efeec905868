using CineRadar.Core.Reference;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling;

/// <summary>A day's estimates: per showtime, rolled up, and the late-sales growth that was applied.</summary>
public sealed record DayEstimate(
    IReadOnlyList<ShowtimeEstimate> Showtimes,
    IReadOnlyList<DailyRollup> Rollups,
    IReadOnlyDictionary<string, double> LateSalesGrowth);

/// <summary>
/// Turns a day's seat samples into admissions and estimated gross. A showtime's admissions are the sold seats of its
/// best reading: the final one, or the last before TIX locked the house. Tickets keep selling after that reading, so
/// it is scaled by the late-sales growth measured on the showtimes that also have a close reading (T-3..T-1): for
/// those, sales are carried to the start at the pace seen between the final and the close reading, and the growth of a
/// kind is the sum of those start figures over the sum of that kind's readings. Gross is admissions times the room's
/// price (the midpoint of a range): an estimate.
/// </summary>
public static class AdmissionsEstimator
{
    public static DayEstimate Estimate(
        DateOnly date, IReadOnlyList<SampledShowtime> showtimes, IReadOnlyList<SeatSampleSummary> samples, DateTimeOffset now)
    {
        var readings = samples
            .GroupBy(s => s.ShowtimeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Usable(g.OrderBy(s => s.SampledAt).ToList()), StringComparer.Ordinal);
        var growth = LateSalesGrowth(readings.Values);
        var estimates = new List<ShowtimeEstimate>();
        foreach (var showtime in showtimes)
        {
            if (!readings.TryGetValue(showtime.ShowtimeId, out var usable) || usable.Good.Count == 0)
            {
                continue;
            }

            var last = usable.Good[^1];
            var (admissions, scaled) = last.Kind == SampleKinds.Close && CarryToStart(usable.Good) is { } carried
                ? (carried, true)
                : (last.Unavailable * growth.GetValueOrDefault(last.Kind, 1.0), growth.ContainsKey(last.Kind));
            var basis = last.Kind + (usable.Locked ? " before house lock" : "") + (scaled ? " + late sales" : "");
            estimates.Add(new ShowtimeEstimate(
                showtime.ShowtimeId, date, showtime.MovieId, showtime.MovieTitle, showtime.TheatreId, showtime.TheatreName,
                showtime.CityId, showtime.CityName, showtime.Merchant, showtime.RoomCategory, showtime.DisplayTime,
                showtime.StartsAt, last.Total, (int)Math.Min(last.Total, Math.Round(admissions)), showtime.PriceRupiah,
                basis, usable.Locked, now));
        }

        return new DayEstimate(estimates, DailyRollups.From(date, showtimes, estimates, now), growth);
    }

    private sealed record Readings(IReadOnlyList<SeatSampleSummary> Good, bool Locked);

    /// <summary>The readings before any house lock, and whether there was one.</summary>
    private static Readings Usable(List<SeatSampleSummary> ordered) =>
        HouseLockClassifier.FirstLocked(ordered) is { } locked
            ? new Readings(ordered[..locked], true)
            : new Readings(ordered, false);

    /// <summary>
    /// Sold seats at the start, carried on from the close reading. The pace of sales is measured between the final and
    /// the close reading and, when an earlier reading exists, its rise since then is carried on too (sales speed up as
    /// the start nears); the carried pace is never below the measured one.
    /// </summary>
    private static double? CarryToStart(IReadOnlyList<SeatSampleSummary> good)
    {
        var close = good.LastOrDefault(s => s.Kind == SampleKinds.Close);
        var final = good.LastOrDefault(s => s.Kind == SampleKinds.Final);
        if (close is null || final is null || close.SampledAt <= final.SampledAt)
        {
            return null;
        }

        var pace = Pace(final, close);
        var earlier = good.LastOrDefault(s => s.SampledAt < final.SampledAt && s.Kind is not (SampleKinds.Close or SampleKinds.Adhoc));
        if (earlier is not null)
        {
            // Paces belong to the middle of their spans; carry the rise to the middle of the remaining span.
            var earlierPace = Pace(earlier, final);
            var rise = (pace - earlierPace) / Minutes(Middle(earlier, final), Middle(final, close));
            pace += Math.Max(0, rise) * Minutes(Middle(final, close), close.SampledAt + ((close.StartsAt - close.SampledAt) / 2));
        }

        return Math.Min(close.Total, close.Unavailable + (pace * Minutes(close.SampledAt, close.StartsAt)));
    }

    private static double Pace(SeatSampleSummary from, SeatSampleSummary to) =>
        Math.Max(0, to.Unavailable - from.Unavailable) / Minutes(from.SampledAt, to.SampledAt);

    private static DateTimeOffset Middle(SeatSampleSummary from, SeatSampleSummary to) => from.SampledAt + ((to.SampledAt - from.SampledAt) / 2);

    private static double Minutes(DateTimeOffset from, DateTimeOffset to) => Math.Max(1e-6, (to - from).TotalMinutes);

    /// <summary>Per reading kind: sold seats at the start over sold seats at that reading, on the showtimes with a close reading.</summary>
    private static Dictionary<string, double> LateSalesGrowth(IEnumerable<Readings> readings)
    {
        var atStart = new Dictionary<string, double>(StringComparer.Ordinal);
        var atKind = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var show in readings.Where(r => !r.Locked))
        {
            if (CarryToStart(show.Good) is not { } start)
            {
                continue;
            }

            foreach (var reading in show.Good.Where(r => r.Kind is not (SampleKinds.Close or SampleKinds.Adhoc)).DistinctBy(r => r.Kind))
            {
                atStart[reading.Kind] = atStart.GetValueOrDefault(reading.Kind) + start;
                atKind[reading.Kind] = atKind.GetValueOrDefault(reading.Kind) + reading.Unavailable;
            }
        }

        return atKind.Where(k => k.Value > 0).ToDictionary(k => k.Key, k => atStart[k.Key] / k.Value, StringComparer.Ordinal);
    }
}
