using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis;

/// <summary>The Admin's aggregates of a day (any key may read them).</summary>
internal static class AnalyticsApi
{
    public static RouteGroupBuilder MapAnalyticsApi(this RouteGroupBuilder api)
    {
        var analytics = api.MapGroup("/analytics").WithTags("Analytics");
        analytics.MapGet("/overview", GetOverview).WithSummary("A day's totals against the day before");
        analytics.MapGet("/occupancy", GetOccupancy).WithSummary("Occupancy, admissions and gross by chain, city, region, format or local hour");
        analytics.MapGet("/showtime-share", GetShowtimeShare).WithSummary("Each movie's share of the day's showtimes and screens");
        return api;
    }

    public static async Task<Results<CachedJson<Overview>, ValidationProblem>> GetOverview(
        [Description("WIB date, yyyy-MM-dd; today when omitted")] string? date,
        TimeProvider clock,
        AnalyticsReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var day = parameters.Date("date", date, clock.Today());
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.OverviewAsync(day, cancellationToken);
    }

    public static async Task<Results<CachedJson<OccupancyBreakdown>, ValidationProblem>> GetOccupancy(
        [Description("WIB date, yyyy-MM-dd; today when omitted")] string? date,
        [Description("chain, city, region, format or hour (required)")] string? by,
        TimeProvider clock,
        AnalyticsReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var day = parameters.Date("date", date, clock.Today());
        var dimension = parameters.Choice("by", by, AnalyticsReads.Dimensions, OccupancyDimension.Chain, required: true);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.OccupancyAsync(day, dimension, cancellationToken);
    }

    public static async Task<Results<CachedJson<ShowtimeShare>, ValidationProblem>> GetShowtimeShare(
        [Description("WIB date, yyyy-MM-dd; today when omitted")] string? date,
        TimeProvider clock,
        AnalyticsReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var day = parameters.Date("date", date, clock.Today());
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.ShowtimeShareAsync(day, cancellationToken);
    }
}
