using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Views;
using CineRadar.Core.Reference;

namespace CineRadar.Api.Reads;

/// <summary>Regions, cities and the published dates.</summary>
internal sealed class ReferenceReads(VersionedCache cache, CityIndexes cities, TheatreIndexes theatres, MovieDateIndexes dates)
{
    public ValueTask<CachedJson<List<RegionDto>>> RegionsAsync(CancellationToken cancellationToken) =>
        cache.AnswerAsync("regions", ComputeRegionsAsync, cancellationToken);

    private async ValueTask<Found<List<RegionDto>>> ComputeRegionsAsync(CancellationToken cancellationToken)
    {
        var all = (await cities.GetAsync(cancellationToken)).All;
        return Regions.All.Select(r => RegionDto.From(r, all.Count(c => c.RegionId == r.Id))).ToList();
    }

    public ValueTask<CachedJson<List<CityDto>>> CitiesAsync(CancellationToken cancellationToken) =>
        cache.AnswerAsync("cities", ComputeCitiesAsync, cancellationToken);

    private async ValueTask<Found<List<CityDto>>> ComputeCitiesAsync(CancellationToken cancellationToken)
    {
        var index = await theatres.GetAsync(cancellationToken);
        return (await cities.GetAsync(cancellationToken)).All.Select(c => CityDto.From(c, index.CountIn(c.Id))).ToList();
    }

    public ValueTask<CachedJson<List<DateOnly>>> DatesAsync(CancellationToken cancellationToken) =>
        cache.AnswerAsync("dates", ComputeDatesAsync, cancellationToken);

    private async ValueTask<Found<List<DateOnly>>> ComputeDatesAsync(CancellationToken cancellationToken) =>
        (await dates.GetAsync(cancellationToken)).Dates.ToList();

    /// <summary>A city id the Api knows: one of TIX's cities (the table's or one TIX added), or one the store has theatres in.</summary>
    public static bool IsKnownCity(string cityId, KnownCities cities, TheatreIndex theatres) => cities.Find(cityId) is not null || theatres.HasCity(cityId);

    public static string UnknownCity(string cityId) => $"No city with id {cityId}.";
}
