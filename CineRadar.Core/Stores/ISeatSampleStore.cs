using CineRadar.Core.Sampling;

namespace CineRadar.Core.Stores;

/// <summary>Seat samples, one per (showtime, sample kind): writing a sample again replaces it.</summary>
public interface ISeatSampleStore
{
    Task UpsertAsync(IReadOnlyCollection<SeatSample> samples, CancellationToken cancellationToken = default);

    /// <summary>Every sample of a showtime, oldest first, with its seat rows.</summary>
    Task<IReadOnlyList<SeatSample>> GetForShowtimeAsync(string showtimeId, CancellationToken cancellationToken = default);

    /// <summary>Every sample of a WIB date without the seat rows, for rollups and analytics.</summary>
    Task<IReadOnlyList<SeatSampleSummary>> GetSummariesAsync(DateOnly date, CancellationToken cancellationToken = default);
}

/// <summary>
/// A seat sample's counts without its seat rows; with the map's room key and its unavailable seats as labels (see
/// <see cref="Seats.SeatLayout.RoomKey"/>), empty for samples stored before they were kept.
/// </summary>
public sealed record SeatSampleSummary(
    string ShowtimeId,
    DateOnly Date,
    string Kind,
    DateTimeOffset SampledAt,
    DateTimeOffset StartsAt,
    string MovieId,
    string TheatreId,
    string CityId,
    string Merchant,
    string RoomCategory,
    int Total,
    int Available,
    int Unavailable,
    bool HouseLocked,
    string RoomKey = "",
    string UnavailableSeats = "")
{
    public double OccupancyPct => Seats.Occupancy.Percent(Unavailable, Total);
}
