using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling;

/// <summary>A showtime's readings before any house lock (oldest first), whether there was one, and its room's blocked seats.</summary>
public sealed record ShowReadings(IReadOnlyList<SeatSampleSummary> Good, bool Locked, int Blocked = 0)
{
    public SeatSampleSummary? Of(string kind) => Good.LastOrDefault(r => r.Kind == kind);

    public SeatSampleSummary? FirstWithFreeSeats => Good.FirstOrDefault(r => r.Available > 0);

    public int Sold(SeatSampleSummary reading) => Math.Max(0, reading.Unavailable - Blocked);

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
