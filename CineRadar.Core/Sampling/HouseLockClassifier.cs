using CineRadar.Core.Seats;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling;

/// <summary>
/// Tells a house lock from a sell-out: both show every seat unavailable. A map that jumps to full near the start from
/// a reading that still had free seats is a lock; a steady climb to full, or a full map long before the start, is a
/// sell-out.
/// </summary>
public static class HouseLockClassifier
{
    /// <summary>The share of seats the reading before must still have had free for a jump to full to be a lock.</summary>
    public const double FreeShareBeforeLock = 0.10;

    /// <summary>Whether a reading shows a lock, given the reading before it (when there was one).</summary>
    public static bool IsLock(int available, int total, TimeSpan untilStart, (int Available, int Total)? previous)
    {
        if (total == 0 || available > 0 || untilStart <= TimeSpan.Zero || untilStart > HouseLock.LockWindow)
        {
            return false;
        }

        return previous is not { } before || (before.Total > 0 && (double)before.Available / before.Total >= FreeShareBeforeLock);
    }

    /// <summary>The index of the first reading that shows a lock (readings oldest first), or null when none does.</summary>
    public static int? FirstLocked(IReadOnlyList<SeatSampleSummary> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            var reading = readings[i];
            (int, int)? previous = i == 0 ? null : (readings[i - 1].Available, readings[i - 1].Total);
            if (IsLock(reading.Available, reading.Total, reading.StartsAt - reading.SampledAt, previous))
            {
                return i;
            }
        }

        return null;
    }
}
