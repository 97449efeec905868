namespace CineRadar.Contracts;

public sealed record TheatreLocation(double Latitude, double Longitude, string Source);

public sealed record Theatre(
    string Id,
    string Name,
    string? Address,
    Chain Chain,
    string CityId,
    string City,
    string Region,
    IReadOnlyList<string> RoomTypes,
    TheatreLocation? Location,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
