using CineRadar.Core.Reference;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling;

/// <summary>A day's estimates: per showtime, rolled up, the late-sales growth and the blocked seats per showtime that were applied.</summary>
public sealed record DayEstimate(
    IReadOnlyList<ShowtimeEstimate> Showtimes,
    IReadOnlyList<DailyRollup> Rollups,
    IReadOnlyDictionary<string, double> LateSalesGrowth,
    IReadOnlyDictionary<string, int> BlockedSeats);

/// <summary>
/// Turns a day's seat samples into admissions and estimated gross. A showtime's admissions are the sold seats of its
/// best reading: the final one, or the last before TIX locked the house; sold seats are the unavailable ones less the
/// room's blocked seats (<see cref="BlockedSeats"/>). Tickets keep selling after that reading, so it
/// is scaled by the late-sales growth measured on the showtimes that also have a close reading (T-3..T-1). On those,
/// the readings are added up per kind, and the national sales curve they draw (the pace between the final and the
/// close reading, and how that pace rose since the T-40 reading) is carried on to the start; a kind's growth is that
/// start figure over the kind's sum. Working on sums keeps the noise of small shows out. Gross is admissions times the
/// room's price (the midpoint of a range): an estimate.
/// </summary>
public static class AdmissionsEstimator
{
    /// <param name="cities">Where each city's region is looked up for the rollups; the table of cities alone when omitted.</param>
    public static DayEstimate Estimate(
        DateOnly date,
        IReadOnlyList<SampledShowtime> showtimes,
        IReadOnlyList<SeatSampleSummary> samples,
        DateTimeOffset now,
        KnownCities? cities = null)
    {
        samples = samples.Where(s => s.Kind != SampleKinds.Visitor).ToList();
        var usable = samples
            .GroupBy(s => s.ShowtimeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Usable(g.OrderBy(s => s.SampledAt).ToList()), StringComparer.Ordinal);
        var blocked = BlockedSeats.Estimate(usable.Values.Select(u => u.FirstWithFreeSeats).OfType<SeatSampleSummary>());
        var readings = usable.ToDictionary(
            u => u.Key, u => u.Value with { Blocked = blocked.GetValueOrDefault(u.Key) }, StringComparer.Ordinal);
        var growth = LateSalesGrowth(readings.Values);
        var estimates = new List<ShowtimeEstimate>();
        foreach (var showtime in showtimes)
        {
            if (!readings.TryGetValue(showtime.ShowtimeId, out var shown) || shown.Good.Count == 0)
            {
                continue;
            }

            var last = shown.Good[^1];
            var scaled = growth.TryGetValue(last.Kind, out var factor);
            var basis = last.Kind + (shown.Locked ? " before house lock" : "") + (scaled ? " + late sales" : "")
                + (shown.Blocked > 0 ? " - blocked seats" : "");
            var admissions = (int)Math.Min(last.Total, Math.Round(shown.Sold(last) * (scaled ? factor : 1.0)));
            estimates.Add(new ShowtimeEstimate(
                showtime.ShowtimeId, date, showtime.MovieId, showtime.MovieTitle, showtime.TheatreId, showtime.TheatreName,
                showtime.CityId, showtime.CityName, showtime.Merchant, showtime.RoomCategory, showtime.DisplayTime,
                showtime.StartsAt, last.Total, admissions, showtime.PriceRupiah, basis, shown.Locked, now, admissions, admissions));
        }

        return new DayEstimate(estimates, DailyRollups.From(date, showtimes, estimates, now, cities), growth, blocked);
    }

    /// <summary>A showtime's readings before any house lock, whether there was one, and its room's blocked seats.</summary>
    private sealed record Readings(IReadOnlyList<SeatSampleSummary> Good, bool Locked, int Blocked = 0)
    {
        public SeatSampleSummary? Of(string kind) => Good.LastOrDefault(r => r.Kind == kind);

        public SeatSampleSummary? FirstWithFreeSeats => Good.FirstOrDefault(r => r.Available > 0);

        public int Sold(SeatSampleSummary reading) => Math.Max(0, reading.Unavailable - Blocked);

        public double SoldAt(string kind) => Sold(Of(kind)!);
    }

    /// <summary>The readings before any house lock, and whether there was one.</summary>
    private static Readings Usable(List<SeatSampleSummary> ordered) =>
        HouseLockClassifier.FirstLocked(ordered) is { } locked
            ? new Readings(ordered[..locked], true)
            : new Readings(ordered, false);

    /// <summary>Per reading kind: sold seats at the start over sold seats at that reading, measured on the calibration shows.</summary>
    private static Dictionary<string, double> LateSalesGrowth(IEnumerable<Readings> readings)
    {
        var calibration = readings
            .Where(r => !r.Locked && r.Of(SampleKinds.Close) is not null && r.Of(SampleKinds.Final) is not null && r.Of(EarlierKind) is not null)
            .ToList();
        if (calibration.Count == 0 || Carry(calibration) is not { } closeGrowth)
        {
            return [];
        }

        var growth = new Dictionary<string, double>(StringComparer.Ordinal) { [SampleKinds.Close] = closeGrowth };
        foreach (var kind in calibration.SelectMany(r => r.Good).Select(r => r.Kind).Distinct().Where(k => k is not (SampleKinds.Close or SampleKinds.Adhoc)))
        {
            var having = calibration.Where(r => r.Of(kind) is not null).ToList();
            var atKind = having.Sum(r => r.SoldAt(kind));
            if (atKind > 0)
            {
                growth[kind] = having.Sum(r => r.SoldAt(SampleKinds.Close) * closeGrowth) / atKind;
            }
        }

        return growth;
    }

    /// <summary>The kind before the final one whose pace shows how sales speed up towards the start.</summary>
    private const string EarlierKind = "t40";

    /// <summary>
    /// The growth from the close readings to the start, on the sums of the calibration shows: the pace between the
    /// final and the close reading, raised by how much it rose since the earlier reading (paces belong to the middle of
    /// their spans), carried over the minutes left after the close reading. Null when the sums show no sales.
    /// </summary>
    private static double? Carry(IReadOnlyList<Readings> calibration)
    {
        (double Sold, double Before) Sum(string kind) => (
            calibration.Sum(r => r.SoldAt(kind)),
            calibration.Average(r => (r.Of(kind)!.StartsAt - r.Of(kind)!.SampledAt).TotalMinutes));
        var earlier = Sum(EarlierKind);
        var final = Sum(SampleKinds.Final);
        var close = Sum(SampleKinds.Close);
        if (close.Sold <= 0 || earlier.Before <= final.Before || final.Before <= close.Before)
        {
            return null;
        }

        var earlierPace = (final.Sold - earlier.Sold) / (earlier.Before - final.Before);
        var pace = (close.Sold - final.Sold) / (final.Before - close.Before);
        var rise = (pace - earlierPace) / (((earlier.Before + final.Before) / 2) - ((final.Before + close.Before) / 2));
        var carried = Math.Max(pace, pace + (rise * (((final.Before + close.Before) / 2) - (close.Before / 2))));
        return (close.Sold + (Math.Max(0, carried) * close.Before)) / close.Sold;
    }
}
