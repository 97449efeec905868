using CineRadar.Core.Reference;

namespace CineRadar.Api.Contracts;

internal static class RegionMapping
{
    extension(RegionDto)
    {
        public static RegionDto From(Region region, int cities) => new(
            region.Id.ToString(), region.Name, region.CenterLatitude, region.CenterLongitude, region.Zoom, region.Colour, cities);
    }
}

internal static class CityDtoMapping
{
    extension(CityDto)
    {
        public static CityDto From(City city, int theatres) => new(
            city.Id, city.Name, city.RegionId.ToString(), city.Region.Name, city.TimeZone.Abbreviation(), theatres);
    }
}

internal static class ChainMapping
{
    extension(ChainDto)
    {
        public static ChainDto From(Chain chain) => new(chain.Key, chain.DisplayName, chain.Colour);
    }
}
