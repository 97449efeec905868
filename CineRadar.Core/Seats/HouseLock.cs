namespace CineRadar.Core.Seats;

/// <summary>
/// Near showtime TIX may mark every seat unavailable ("house lock"), so a full map then says nothing about sales.
/// A full map is suspected to be a lock when the show is at most <see cref="LockWindow"/> away; earlier, a full map
/// is a sell-out. The sampler refines this with the map's trajectory.
/// </summary>
public static class HouseLock
{
    /// <summary>TIX has been seen locking houses about 35 minutes before showtime; a little margin is kept.</summary>
    public static readonly TimeSpan LockWindow = TimeSpan.FromMinutes(45);

    /// <summary>Every seat unavailable while the show has not started and is within the lock window.</summary>
    public static bool IsSuspected(SeatLayout layout, TimeSpan untilStart) =>
        layout.IsFull && untilStart > TimeSpan.Zero && untilStart <= LockWindow;
}
