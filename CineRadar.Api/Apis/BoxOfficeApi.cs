using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;

namespace CineRadar.Api.Apis;

/// <summary>Box office of a day and how current the data is.</summary>
internal static class BoxOfficeApi
{
    public static RouteGroupBuilder MapBoxOfficeApi(this RouteGroupBuilder api)
    {
        var figures = api.MapGroup("").WithTags("Box office");
        figures.MapGet("/boxoffice", GetBoxOffice).WithSummary("Admissions and estimated gross per movie, against the day before");
        figures.MapGet("/freshness", GetFreshness).WithSummary("Data version, last sweep, last seat reading and today's sampling coverage");
        return api;
    }

    public static Task<CachedJson<BoxOffice>> GetBoxOffice(
        DateOnly? date, [AsParameters] ReadServices services, BoxOfficeReads reads, CancellationToken cancellationToken)
    {
        var day = date ?? services.Today;
        return services.AnswerAsync(ReadServices.Key("boxoffice", ReadServices.Day(day)), ct => reads.DayAsync(day, ct), cancellationToken);
    }

    public static Task<CachedJson<Freshness>> GetFreshness([AsParameters] ReadServices services, FreshnessReads reads, CancellationToken cancellationToken)
    {
        var today = services.Today;
        return services.AnswerAsync(ReadServices.Key("freshness", ReadServices.Day(today)), ct => reads.NowAsync(today, ct), cancellationToken, isVolatile: true);
    }
}
