using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
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
        [AsParameters] ReadServices services,
        ShowtimeReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var id = parameters.Id("showtimeId", showtimeId);
        DateOnly? day = date is null ? null : parameters.Date("date", date, services.Today);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        var today = services.Today;
        return await services.AnswerAsync(
            ReadServices.Key("showtime", id, day is { } d ? ReadServices.Day(d) : null, ReadServices.Day(today)),
            ct => reads.DetailAsync(id, day, today, ct),
            cancellationToken);
    }
}
