using CineRadar.Core.Sampling;

namespace CineRadar.Core.Stores;

/// <summary>
/// One small record per WIB day of logged-in seat-map reads, so the daily cap and a halt outlive a Redis restart or
/// flush and hold for every scraper replica.
/// </summary>
public interface ISeatReadStore
{
    /// <summary>The day's record; an empty one when nothing was recorded.</summary>
    Task<SeatReadDay> GetAsync(DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>Raises the day's counts to at least these (a count is never lowered, whoever writes last).</summary>
    Task RecordUsedAsync(DateOnly date, long designUsed, long visitorUsed, CancellationToken cancellationToken = default);

    /// <summary>Halts the day's sampling; a day already halted keeps its first halt. Returns whether this call halted it.</summary>
    Task<bool> HaltAsync(DateOnly date, DateTimeOffset at, string reason, CancellationToken cancellationToken = default);

    /// <summary>Lifts the day's halt; returns whether there was one.</summary>
    Task<bool> ResumeAsync(DateOnly date, CancellationToken cancellationToken = default);
}
