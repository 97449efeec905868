using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;

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

    public static Task<CachedJson<Overview>> GetOverview(
        DateOnly? date, [AsParameters] ReadServices services, AnalyticsReads reads, CancellationToken cancellationToken)
    {
        var day = date ?? services.Today;
        return services.AnswerAsync(ReadServices.Key("overview", ReadServices.Day(day)), ct => reads.OverviewAsync(day, ct), cancellationToken);
    }

    public static Task<CachedJson<OccupancyBreakdown>> GetOccupancy(
        DateOnly? date,
        [Description("What the rows are")] Word<OccupancyDimension> by,
        [AsParameters] ReadServices services,
        AnalyticsReads reads,
        CancellationToken cancellationToken)
    {
        var day = date ?? services.Today;
        var dimension = by.Value;
        return services.AnswerAsync(
            ReadServices.Key("occupancy", ReadServices.Day(day), dimension.ToString()), ct => reads.OccupancyAsync(day, dimension, ct), cancellationToken);
    }

    public static Task<CachedJson<ShowtimeShare>> GetShowtimeShare(
        DateOnly? date, [AsParameters] ReadServices services, AnalyticsReads reads, CancellationToken cancellationToken)
    {
        var day = date ?? services.Today;
        return services.AnswerAsync(ReadServices.Key("share", ReadServices.Day(day)), ct => reads.ShowtimeShareAsync(day, ct), cancellationToken);
    }
}
