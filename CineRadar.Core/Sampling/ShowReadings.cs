using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling;

/// <summary>
/// A showtime's readings before any house lock (oldest first), whether there was one, and the seats taken to be
/// blocked in it (its room's, and its share of those no rule can place).
/// </summary>
public sealed record ShowReadings(IReadOnlyList<SeatSampleSummary> Good, bool Locked, double Blocked = 0)
{
    public SeatSampleSummary? Of(string kind) => Good.LastOrDefault(r => r.Kind == kind);

    public SeatSampleSummary? FirstWithFreeSeats => Good.FirstOrDefault(r => r.Available > 0);

    public double Sold(SeatSampleSummary reading) => Math.Max(0, reading.Unavailable - Blocked);

    public double SoldAt(string kind) => Sold(Of(kind)!);

    /// <summary>The readings of one showtime (any order) up to the first that shows a house lock.</summary>
    public static ShowReadings Usable(IEnumerable<SeatSampleSummary> readings)
    {
        var ordered = readings.OrderBy(r => r.SampledAt).ToList();
        return HouseLockClassifier.FirstLocked(ordered) is { } locked
            ? new ShowReadings(ordered[..locked], true)
            : new ShowReadings(ordered, false);
    }
}
