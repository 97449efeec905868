using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;
using Microsoft.AspNetCore.Http.HttpResults;

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

    public static async Task<Results<CachedJson<BoxOffice>, ValidationProblem>> GetBoxOffice(
        [Description("WIB date, yyyy-MM-dd; today when omitted")] string? date,
        TimeProvider clock,
        BoxOfficeReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var day = parameters.Date("date", date, clock.Today());
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.DayAsync(day, cancellationToken);
    }

    public static ValueTask<CachedJson<Freshness>> GetFreshness(TimeProvider clock, FreshnessReads reads, CancellationToken cancellationToken) =>
        reads.NowAsync(clock.Today(), cancellationToken);
}
