using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;

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

    public static ValueTask<CachedJson<ShowtimeDetail>> GetShowtime(
        ResourceId showtimeId,
        [Description("The showtime's date; yesterday, today and tomorrow are searched when omitted")] DateOnly? date,
        TimeProvider clock,
        ShowtimeReads reads,
        CancellationToken cancellationToken) =>
        reads.DetailAsync(showtimeId.Value, date, clock.Today(), cancellationToken);
}
