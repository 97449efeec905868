using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;
using Microsoft.AspNetCore.Http.HttpResults;

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

    public static async Task<Results<CachedJson<ShowtimeDetail>, ValidationProblem>> GetShowtime(
        string showtimeId,
        [Description("WIB date, yyyy-MM-dd; yesterday, today and tomorrow are searched when omitted")] string? date,
        TimeProvider clock,
        ShowtimeReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var id = parameters.Id("showtimeId", showtimeId);
        var today = clock.Today();
        DateOnly? day = date is null ? null : parameters.Date("date", date, today);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.DetailAsync(id, day, today, cancellationToken);
    }
}
