using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;

namespace CineRadar.Api.Apis;

/// <summary>A showtime with its latest seat map and its occupancy through the day.</summary>
internal static class ShowtimesApi
{
    public static RouteGroupBuilder MapShowtimesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/showtimes/{showtimeId}", GetShowtime)
            .WithTags("Showtimes")
            .WithSummary("A showtime: movie, theatre, room, latest seat map, occupancy curve and admissions estimate");
        return api;
    }

    public static Task<CachedJson<ShowtimeDetail>> GetShowtime(
        ResourceId showtimeId,
        [Description("The showtime's date; yesterday, today and tomorrow are searched when omitted")] DateOnly? date,
        [AsParameters] ReadServices services,
        ShowtimeReads reads,
        CancellationToken cancellationToken)
    {
        var id = showtimeId.Value;
        var today = services.Today;
        return services.AnswerAsync(
            ReadServices.Key("showtime", id, date is { } d ? ReadServices.Day(d) : null, ReadServices.Day(today)),
            ct => reads.DetailAsync(id, date, today, ct),
            cancellationToken);
    }
}
