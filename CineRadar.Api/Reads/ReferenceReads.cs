using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Views;
using CineRadar.Core.Reference;

namespace CineRadar.Api.Reads;

/// <summary>Regions, cities and the published dates.</summary>
internal sealed class ReferenceReads(TheatreIndexes theatres, MovieDateIndexes dates)
{
    public ValueTask<Found<List<RegionDto>>> RegionsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<Found<List<RegionDto>>>(
            Regions.All.Select(r => RegionDto.From(r, Cities.All.Count(c => c.RegionId == r.Id))).ToList());

    public async ValueTask<Found<List<CityDto>>> CitiesAsync(CancellationToken cancellationToken)
    {
        var index = await theatres.GetAsync(cancellationToken);
        return Cities.All.Select(c => CityDto.From(c, index.CountIn(c.Id))).ToList();
    }

    public async ValueTask<Found<List<DateOnly>>> DatesAsync(CancellationToken cancellationToken) =>
        (await dates.GetAsync(cancellationToken)).Dates.ToList();

    /// <summary>A city id the Api knows: one of TIX's cities, or one the store has theatres in.</summary>
    public static bool IsKnownCity(string cityId, TheatreIndex index) => Cities.FindById(cityId) is not null || index.HasCity(cityId);

    public static string UnknownCity(string cityId) => $"No city with id {cityId}.";
}
