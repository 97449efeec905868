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

    public static Task<CachedJson<List<RegionDto>>> GetRegions([AsParameters] ReadServices services, ReferenceReads reads, CancellationToken cancellationToken) =>
        services.AnswerAsync("regions", reads.RegionsAsync, cancellationToken);

    public static Task<CachedJson<List<CityDto>>> GetCities([AsParameters] ReadServices services, ReferenceReads reads, CancellationToken cancellationToken) =>
        services.AnswerAsync("cities", reads.CitiesAsync, cancellationToken);

    public static Task<CachedJson<List<DateOnly>>> GetDates([AsParameters] ReadServices services, ReferenceReads reads, CancellationToken cancellationToken) =>
        services.AnswerAsync("dates", reads.DatesAsync, cancellationToken);
}
