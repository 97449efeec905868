using CineRadar.Core.Reference;
using CineRadar.Core.Sampling.Design;
using CineRadar.Core.Sampling.Nowcast;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling;

/// <summary>
/// A day's estimates: per showtime read, rolled up, the late-sales growth and the blocked seats per showtime that were
/// applied, the totals any other group of the day's shows would have (<see cref="StratifiedTotals.Of"/>), and where
/// any group will end the day (<see cref="DayProjection.Of"/>).
/// </summary>
public sealed record DayEstimate(
    IReadOnlyList<ShowtimeEstimate> Showtimes,
    IReadOnlyList<DailyRollup> Rollups,
    IReadOnlyDictionary<string, double> LateSalesGrowth,
    IReadOnlyDictionary<string, int> BlockedSeats,
    StratifiedTotals Totals,
    DayProjection Projection);

/// <summary>
/// Turns a day's seat samples into admissions and estimated gross. A showtime's admissions are the sold seats of its
/// best reading: the final one, or the last before TIX locked the house; sold seats are the unavailable ones less the
/// room's blocked seats (<see cref="BlockedSeats"/>). Tickets keep selling after that reading, so it is scaled by the
/// late-sales growth (<see cref="Sampling.LateSalesGrowth"/>). Gross is admissions times the room's price (the midpoint
/// of a range): an estimate. Readings a visitor's page asked for are left out: which shows visitors open follows demand.
/// Rollups cover the shows the sampling design left unread too (<see cref="StratifiedTotals"/>), and every figure
/// carries a 90 % interval.
/// </summary>
public static class AdmissionsEstimator
{
    /// <summary>How many resamples of the calibration shows measure the growth's uncertainty.</summary>
    private const int GrowthResamples = 200;

    /// <param name="cities">Where each city's region is looked up for the rollups; the table of cities alone when omitted.</param>
    /// <param name="history">What earlier days' readings say shows sell: the shows still to come are projected from it.</param>
    public static DayEstimate Estimate(
        DateOnly date,
        IReadOnlyList<SampledShowtime> showtimes,
        IReadOnlyList<SeatSampleSummary> samples,
        DateTimeOffset now,
        KnownCities? cities = null,
        DemandHistory? history = null)
    {
        var usable = samples
            .Where(s => s.Kind != SampleKinds.Visitor)
            .GroupBy(s => s.ShowtimeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, ShowReadings.Usable, StringComparer.Ordinal);
        var blocked = BlockedSeats.Estimate(usable.Values.Select(u => u.FirstWithFreeSeats).OfType<SeatSampleSummary>());
        var (loneShare, loneError) = LoneBlockedSeats.Estimate(usable
            .Select(u => (Reading: u.Value.FirstWithFreeSeats, Rule: blocked.GetValueOrDefault(u.Key)))
            .Where(u => u.Reading is not null)
            .Select(u => (u.Reading!, u.Rule)));
        var readings = usable.ToDictionary(
            u => u.Key, u => u.Value with { Blocked = blocked.GetValueOrDefault(u.Key) }, StringComparer.Ordinal);
        var calibration = LateSalesGrowth.Calibration(readings.Values);
        var growth = LateSalesGrowth.Measure(calibration);
        var resampled = LateSalesGrowth.Resample(calibration, GrowthResamples, date.DayNumber);
        var spread = LateSalesSpread.Measure(calibration, growth);
        var estimates = new List<ShowtimeEstimate>();
        var read = new Dictionary<string, ReadShow>(StringComparer.Ordinal);
        foreach (var showtime in showtimes)
        {
            if (!readings.TryGetValue(showtime.ShowtimeId, out var shown) || shown.Good.Count == 0)
            {
                continue;
            }

            var last = shown.Good[^1];
            var sold = shown.Sold(last);
            var scaled = growth.TryGetValue(last.Kind, out var factor);
            var admissions = Math.Min(last.Total, sold * (scaled ? factor : 1.0));
            var variance = scaled ? spread.GetValueOrDefault(last.Kind) * sold : 0;
            var growthSpread = scaled ? sold * StandardDeviation(resampled, last.Kind, factor) : 0;
            var half = StratifiedTotals.Z90 * Math.Sqrt(variance + (growthSpread * growthSpread));
            var basis = EstimateBasis.Describe(last.Kind, shown.Locked, scaled, shown.Blocked >= 0.5);
            var rounded = (int)Math.Round(admissions);
            var seen = (int)Math.Round(sold);
            estimates.Add(new ShowtimeEstimate(
                showtime.ShowtimeId, date, showtime.MovieId, showtime.MovieTitle, showtime.TheatreId, showtime.TheatreName,
                showtime.CityId, showtime.CityName, showtime.Merchant, showtime.RoomCategory, showtime.DisplayTime,
                showtime.StartsAt, last.Total, rounded, showtime.PriceRupiah, basis, shown.Locked, now,
                (int)Math.Round(Math.Max(Math.Min(seen, rounded), admissions - half)),
                (int)Math.Round(Math.Min(last.Total, admissions + half))));
            read[showtime.ShowtimeId] = new ReadShow(rounded, sold, scaled ? last.Kind : null, last.Total, showtime.PriceRupiah ?? 0, variance);
        }

        var population = showtimes.Where(s => s.Bookable || read.ContainsKey(s.ShowtimeId)).ToList();
        var totals = new StratifiedTotals(population, read, growth, resampled, loneShare + (StratifiedTotals.Z90 * loneError));
        var projection = new DayProjection(population, read, totals, history, now);
        return new DayEstimate(estimates, DailyRollups.From(date, showtimes, projection, now, cities), growth, blocked, totals, projection);
    }

    private static double StandardDeviation(IReadOnlyList<Dictionary<string, double>> resampled, string kind, double growth)
    {
        if (resampled.Count < 2)
        {
            return 0;
        }

        var values = resampled.Select(r => r.GetValueOrDefault(kind, growth)).ToList();
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
