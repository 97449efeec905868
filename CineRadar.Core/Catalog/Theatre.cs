namespace CineRadar.Core.Catalog;

/// <summary>
/// A theatre as the store keeps it across days: the room types ever seen (unioned), when it was first and last seen,
/// and its location when one is known.
/// </summary>
public sealed record Theatre(
    string Id,
    string Name,
    string? Address,
    string Merchant,
    string CityId,
    string CityName,
    IReadOnlyList<string> RoomTypes,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    TheatreLocation? Location)
{
    public Reference.Chain Chain { get; } = Reference.Chains.FromMerchant(Merchant);
}

public enum LocationSource
{
    Geocoder,

    /// <summary>Set by an operator; a geocoder result never replaces it.</summary>
    Manual,
}

public sealed record TheatreLocation(double Latitude, double Longitude, LocationSource Source, string? PlaceId, DateTimeOffset UpdatedAt)
{
    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;
}
