namespace CineRadar.Contracts;

public sealed record LocationDto(double Latitude, double Longitude, string Source);

public sealed record TheatreDto(
    string Id,
    string Name,
    string? Address,
    ChainDto Chain,
    string CityId,
    string City,
    string Region,
    IReadOnlyList<string> RoomTypes,
    LocationDto? Location,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
