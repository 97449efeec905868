using CineRadar.Core.Reference;

namespace CineRadar.Api.Contracts;

/// <summary>A map region; <see cref="Cities"/> counts its TIX cities.</summary>
internal sealed record RegionDto(string Id, string Name, double CenterLatitude, double CenterLongitude, double Zoom, string Colour, int Cities)
{
    public static RegionDto From(Region region, int cities) => new(
        region.Id.ToString(), region.Name, region.CenterLatitude, region.CenterLongitude, region.Zoom, region.Colour, cities);
}

/// <summary>A TIX city; <see cref="Theatres"/> counts the theatres the store knows there.</summary>
internal sealed record CityDto(string Id, string Name, string RegionId, string Region, string TimeZone, int Theatres)
{
    public static CityDto From(City city, int theatres) => new(
        city.Id, city.Name, city.RegionId.ToString(), city.Region.Name, city.TimeZone.Abbreviation(), theatres);
}

internal sealed record ChainDto(string Key, string Name, string Colour)
{
    public static ChainDto From(Chain chain) => new(chain.Key, chain.DisplayName, chain.Colour);
}
