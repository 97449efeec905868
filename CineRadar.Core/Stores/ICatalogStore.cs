using CineRadar.Core.Catalog;

namespace CineRadar.Core.Stores;

/// <summary>The days' catalogs: snapshots and full schedules per WIB business date.</summary>
public interface ICatalogStore
{
    /// <summary>
    /// Writes a validated publication: replaces the schedules of the cities it covers for its date (other cities keep
    /// theirs), upserts every theatre seen (room types unioned, first and last seen kept), and rebuilds the date's
    /// snapshot from all the schedules stored for it. Writing the same publication twice changes nothing.
    /// </summary>
    Task PublishAsync(CatalogPublication publication, CancellationToken cancellationToken = default);

    /// <summary>The dates that have a snapshot, newest first.</summary>
    Task<IReadOnlyList<DateOnly>> GetDatesAsync(CancellationToken cancellationToken = default);

    Task<DailySnapshot?> GetSnapshotAsync(DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The snapshot of the newest date published (the original's <c>snapshots/latest</c>).</summary>
    Task<DailySnapshot?> GetLatestSnapshotAsync(CancellationToken cancellationToken = default);

    Task<MovieSchedule?> GetMovieScheduleAsync(DateOnly date, string movieId, CancellationToken cancellationToken = default);

    /// <summary>Every movie's schedule for the date.</summary>
    Task<IReadOnlyList<MovieSchedule>> GetSchedulesAsync(DateOnly date, CancellationToken cancellationToken = default);
}
