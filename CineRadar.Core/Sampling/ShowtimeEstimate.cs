using CineRadar.Core.Seats;

namespace CineRadar.Core.Sampling;

/// <summary>
/// CineRadar's estimate of one showtime's admissions (sold seats) and gross, from its best seat sample: the final one,
/// or the last one before TIX locked the house. Gross is admissions times the room's price (midpoint of a range) and
/// is an estimate. <see cref="AdmissionsLow"/>..<see cref="AdmissionsHigh"/> is a 90 % interval: the reading is exact,
/// the tickets sold after it are estimated.
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
    DateTimeOffset UpdatedAt,
    int AdmissionsLow,
    int AdmissionsHigh)
{
    public long EstimatedGrossRupiah => Admissions * (TicketPriceRupiah ?? 0);

    public long GrossLowRupiah => AdmissionsLow * (TicketPriceRupiah ?? 0);

    public long GrossHighRupiah => AdmissionsHigh * (TicketPriceRupiah ?? 0);

    public double OccupancyPct => Occupancy.Percent(Admissions, Capacity);
}
