using CineRadar.Core.Reference;

namespace CineRadar.Core.Catalog;

/// <summary>One theatre's rooms and showtimes for one movie on one date.</summary>
public sealed record TheatreSchedule(
    string TheatreId,
    string TheatreName,
    string? Address,
    string Merchant,
    string CityId,
    string CityName,
    IReadOnlyList<Room> Rooms)
{
    public Chain Chain { get; } = Chains.FromMerchant(Merchant);

    public int ShowtimeCount => Rooms.Sum(r => r.Showtimes.Count);
}
