using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;

namespace CineRadar.Api.Contracts;

internal static class TheatreMapping
{
    extension(LocationDto)
    {
        public static LocationDto? From(TheatreLocation? location) =>
            location is null ? null : new(location.Latitude, location.Longitude, location.Source.ToString());
    }

    extension(TheatreDto)
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
}
