using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;

namespace CineRadar.Api.Apis;

/// <summary>Regions, cities and the dates with a published schedule.</summary>
internal static class ReferenceApi
{
    public static RouteGroupBuilder MapReferenceApi(this RouteGroupBuilder api)
    {
        var reference = api.MapGroup("").WithTags("Reference");
        reference.MapGet("/regions", GetRegions).WithSummary("The map regions, with how many cities each has");
        reference.MapGet("/cities", GetCities).WithSummary("Every TIX city (CineRadar's 83 and any TIX added since), with its region, time zone and theatres known");
        reference.MapGet("/dates", GetDates).WithSummary("Dates with a published schedule, newest first");
        return api;
    }

    public static ValueTask<CachedJson<List<RegionDto>>> GetRegions(ReferenceReads reads, CancellationToken cancellationToken) =>
        reads.RegionsAsync(cancellationToken);

    public static ValueTask<CachedJson<List<CityDto>>> GetCities(ReferenceReads reads, CancellationToken cancellationToken) =>
        reads.CitiesAsync(cancellationToken);

    public static ValueTask<CachedJson<List<DateOnly>>> GetDates(ReferenceReads reads, CancellationToken cancellationToken) =>
        reads.DatesAsync(cancellationToken);
}
