using CineRadar.Core.Sampling;

namespace CineRadar.Core.Stores;

/// <summary>Visitors' reading requests, one record per showtime (<see cref="ReadingRequest"/>).</summary>
public interface IReadingRequestStore
{
    /// <summary>
    /// Asks for a reading of the showtime now, unless its last request is not older than <paramref name="interval"/>:
    /// the showtime's record becomes one pending request. False when it was not asked for.
    /// </summary>
    Task<bool> RequestAsync(string showtimeId, DateOnly date, TimeSpan interval, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> pending requests, oldest first among them.</summary>
    Task<IReadOnlyList<ReadingRequest>> ListPendingAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a pending request <see cref="ReadingRequestStatuses.Done"/> or <see cref="ReadingRequestStatuses.Failed"/>
    /// with a note; false when it is no longer that pending request (finished, or asked for anew since).
    /// </summary>
    Task<bool> FinishAsync(ReadingRequest request, string status, string? note, CancellationToken cancellationToken = default);
}
