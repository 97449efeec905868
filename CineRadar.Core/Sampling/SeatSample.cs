using CineRadar.Core.Seats;

namespace CineRadar.Core.Sampling;

/// <summary>
/// One reading of a showtime's seat map, stored once per (showtime, sample kind): <c>t180</c>, <c>t60</c>, <c>t40</c>,
/// <c>final</c>, or an operator's <c>adhoc</c> reading.
/// </summary>
public sealed record SeatSample(
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
    SeatLayout Layout,
    bool HouseLocked)
{
    /// <summary>The store's id for this sample, derived from the data so that a repeated write replaces it.</summary>
    public string DocumentId => $"{ShowtimeId}_{Kind}";

    public TimeSpan BeforeStart => StartsAt - SampledAt;
}
