using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;

namespace CineRadar.Api.Contracts;

internal sealed record LocationDto(double Latitude, double Longitude, string Source)
{
    public static LocationDto? From(TheatreLocation? location) =>
        location is null ? null : new(location.Latitude, location.Longitude, location.Source.ToString());
}

internal sealed record TheatreDto(
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
    DateTimeOffset LastSeen)
{
    public static TheatreDto From(Theatre theatre, KnownCities cities) => new(
        theatre.Id,
        theatre.Name,
        theatre.Address,
        ChainDto.From(theatre.Chain),
        theatre.CityId,
        theatre.CityName,
        cities.RegionOf(theatre.CityId).Name,
        theatre.RoomTypes,
        LocationDto.From(theatre.Location),
        theatre.FirstSeen,
        theatre.LastSeen);
}
