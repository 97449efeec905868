using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;

namespace CineRadar.Api.Apis;

/// <summary>The Admin's aggregates of a day (any key may read them).</summary>
internal static class AnalyticsApi
{
    public static RouteGroupBuilder MapAnalyticsApi(this RouteGroupBuilder api)
    {
        var analytics = api.MapGroup("/analytics").WithTags("Analytics");
        analytics.MapGet("/overview", GetOverview).WithSummary("A day's totals against the day before");
        analytics.MapGet("/occupancy", GetOccupancy).WithSummary("Occupancy, admissions and gross by chain, city, region, format or local hour");
        analytics.MapGet("/nowcast", GetNowcast).WithSummary("A day so far and projected to its end, per movie, city and chain and for the country");
        analytics.MapGet("/showtime-share", GetShowtimeShare).WithSummary("Each movie's share of the day's showtimes and screens");
        return api;
    }

    public static ValueTask<CachedJson<Overview>> GetOverview(
        DateOnly? date, TimeProvider clock, AnalyticsReads reads, CancellationToken cancellationToken) =>
        reads.OverviewAsync(date ?? clock.Today(), cancellationToken);

    public static ValueTask<CachedJson<OccupancyBreakdown>> GetOccupancy(
        DateOnly? date,
        [Description("What the rows are")] Word<OccupancyDimension> by,
        TimeProvider clock,
        AnalyticsReads reads,
        CancellationToken cancellationToken) =>
        reads.OccupancyAsync(date ?? clock.Today(), by.Value, cancellationToken);

    public static ValueTask<CachedJson<Nowcast>> GetNowcast(
        DateOnly? date, TimeProvider clock, AnalyticsReads reads, CancellationToken cancellationToken) =>
        reads.NowcastAsync(date ?? clock.Today(), cancellationToken);

    public static ValueTask<CachedJson<ShowtimeShare>> GetShowtimeShare(
        DateOnly? date, TimeProvider clock, AnalyticsReads reads, CancellationToken cancellationToken) =>
        reads.ShowtimeShareAsync(date ?? clock.Today(), cancellationToken);
}
