using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis;

/// <summary>Theatres (by city, chain or text) and a theatre's schedule for a date.</summary>
internal static class TheatresApi
{
    public const int MaxTextLength = 100;

    public static RouteGroupBuilder MapTheatresApi(this RouteGroupBuilder api)
    {
        var theatres = api.MapGroup("/theatres").WithTags("Theatres");
        theatres.MapGet("", ListTheatres).WithSummary("Theatres, filtered by city, chain or text in the name or address");
        theatres.MapGet("/{theatreId}", GetTheatre).WithSummary("One theatre");
        theatres.MapGet("/{theatreId}/schedule", GetSchedule).WithSummary("A theatre's movies, rooms and showtimes on a date");
        return api;
    }

    public static async Task<Results<CachedJson<List<TheatreDto>>, ValidationProblem>> ListTheatres(
        [Description("Only this city (id)")] string? city,
        [Description("Only this chain (key: XXI, CGV, CINEPOLIS, …)")] string? chain,
        [Description("Text in the name or address")] string? q,
        TheatreReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var cityId = parameters.OptionalId("city", city);
        var chainKey = parameters.Text("chain", chain, Parameters.MaxIdLength);
        var text = parameters.Text("q", q, MaxTextLength);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.ListAsync(cityId, chainKey, text, cancellationToken);
    }

    public static async Task<Results<CachedJson<TheatreDto>, ValidationProblem>> GetTheatre(
        string theatreId, TheatreReads reads, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var id = parameters.Id("theatreId", theatreId);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.OneAsync(id, cancellationToken);
    }

    public static async Task<Results<CachedJson<TheatreScheduleDto>, ValidationProblem>> GetSchedule(
        string theatreId,
        [Description("WIB date, yyyy-MM-dd; today when omitted")] string? date,
        TimeProvider clock,
        TheatreReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var id = parameters.Id("theatreId", theatreId);
        var day = parameters.Date("date", date, clock.Today());
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.ScheduleAsync(id, day, cancellationToken);
    }
}
