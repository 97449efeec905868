using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Views;
using CineRadar.Core.Reference;

namespace CineRadar.Api.Reads;

/// <summary>Regions, cities and the published dates.</summary>
internal sealed class ReferenceReads(CityIndexes cities, TheatreIndexes theatres, MovieDateIndexes dates)
{
    public async ValueTask<Found<List<RegionDto>>> RegionsAsync(CancellationToken cancellationToken)
    {
        var all = (await cities.GetAsync(cancellationToken)).All;
        return Regions.All.Select(r => RegionDto.From(r, all.Count(c => c.RegionId == r.Id))).ToList();
    }

    public async ValueTask<Found<List<CityDto>>> CitiesAsync(CancellationToken cancellationToken)
    {
        var index = await theatres.GetAsync(cancellationToken);
        return (await cities.GetAsync(cancellationToken)).All.Select(c => CityDto.From(c, index.CountIn(c.Id))).ToList();
    }

    public async ValueTask<Found<List<DateOnly>>> DatesAsync(CancellationToken cancellationToken) =>
        (await dates.GetAsync(cancellationToken)).Dates.ToList();

    /// <summary>A city id the Api knows: one of TIX's cities (the table's or one TIX added), or one the store has theatres in.</summary>
    public static bool IsKnownCity(string cityId, KnownCities cities, TheatreIndex theatres) => cities.Find(cityId) is not null || theatres.HasCity(cityId);

    public static string UnknownCity(string cityId) => $"No city with id {cityId}.";
}
