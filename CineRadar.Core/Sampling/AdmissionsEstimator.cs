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

    /// <summary>Sold seats at the start, carried from the close reading at the pace between the final and the close reading.</summary>
    private static double? CarryToStart(IReadOnlyList<SeatSampleSummary> good)
    {
        var close = good.LastOrDefault(s => s.Kind == SampleKinds.Close);
        var final = good.LastOrDefault(s => s.Kind == SampleKinds.Final);
        if (close is null || final is null)
        {
            return null;
        }

        var gap = (close.SampledAt - final.SampledAt).TotalMinutes;
        var pace = gap > 0 ? Math.Max(0, close.Unavailable - final.Unavailable) / gap : 0;
        return Math.Min(close.Total, close.Unavailable + (pace * (close.StartsAt - close.SampledAt).TotalMinutes));
    }

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
