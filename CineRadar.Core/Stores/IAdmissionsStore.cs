using CineRadar.Core.Sampling;

namespace CineRadar.Core.Stores;

/// <summary>Admissions and estimated gross: per showtime, and rolled up per movie, theatre, city, region and chain.</summary>
public interface IAdmissionsStore
{
    /// <summary>
    /// Upserts the given showtime estimates of the date and replaces all of the date's rollups with
    /// <paramref name="rollups"/>. Saving the same data twice changes nothing.
    /// </summary>
    Task SaveAsync(
        DateOnly date,
        IReadOnlyCollection<ShowtimeEstimate> estimates,
        IReadOnlyCollection<DailyRollup> rollups,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ShowtimeEstimate>> GetEstimatesAsync(DateOnly date, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DailyRollup>> GetRollupsAsync(DateOnly date, RollupDimension dimension, CancellationToken cancellationToken = default);

    /// <summary>One key's rollups over a range of dates (both ends included), oldest first.</summary>
    Task<IReadOnlyList<DailyRollup>> GetHistoryAsync(
        RollupDimension dimension,
        string key,
        DateOnly from,
        DateOnly to,
        CancellationToken cancellationToken = default);
}
