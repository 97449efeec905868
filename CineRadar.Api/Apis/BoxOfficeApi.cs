using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Core.Time;

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

    public static ValueTask<CachedJson<BoxOffice>> GetBoxOffice(
        DateOnly? date, TimeProvider clock, BoxOfficeReads reads, CancellationToken cancellationToken) =>
        reads.DayAsync(date ?? clock.Today(), cancellationToken);

    public static ValueTask<CachedJson<Freshness>> GetFreshness(TimeProvider clock, FreshnessReads reads, CancellationToken cancellationToken) =>
        reads.NowAsync(clock.Today(), cancellationToken);
}
