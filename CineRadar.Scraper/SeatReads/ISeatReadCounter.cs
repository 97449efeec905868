using CineRadar.Core.Sampling;

namespace CineRadar.Scraper.SeatReads;

/// <summary>Counts a WIB day's logged-in seat reads per purpose; never counts below the store's <c>floor</c>.</summary>
public interface ISeatReadCounter
{
    /// <summary>
    /// Counts one read of <paramref name="purpose"/> on <paramref name="day"/> when fewer than <paramref name="limit"/>
    /// were counted (null: no limit); answers whether it was counted and the count after.
    /// </summary>
    Task<(bool Taken, long Used)> TryTakeAsync(DateOnly day, SeatReadPurpose purpose, long? limit, long floor, CancellationToken cancellationToken);

    Task<long> UsedAsync(DateOnly day, SeatReadPurpose purpose, long floor, CancellationToken cancellationToken);
}
