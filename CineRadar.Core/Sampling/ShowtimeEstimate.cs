using CineRadar.Core.Seats;

namespace CineRadar.Core.Sampling;

/// <summary>
/// CineRadar's estimate of one showtime's admissions (sold seats) and gross, from its best seat sample: the final one,
/// or the last one before TIX locked the house. Gross is admissions times the room's price (midpoint of a range) and
/// is an estimate.
/// </summary>
public sealed record ShowtimeEstimate(
    string ShowtimeId,
    DateOnly Date,
    string MovieId,
    string MovieTitle,
    string TheatreId,
    string TheatreName,
    string CityId,
    string CityName,
    string Merchant,
    string RoomCategory,
    string DisplayTime,
    DateTimeOffset StartsAt,
    int Capacity,
    int Admissions,
    long? TicketPriceRupiah,
    string Basis,
    bool HouseLocked,
    DateTimeOffset UpdatedAt)
{
    public long EstimatedGrossRupiah => Admissions * (TicketPriceRupiah ?? 0);

    public double OccupancyPct => Occupancy.Percent(Admissions, Capacity);
}
