using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;

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

    public static Task<CachedJson<List<TheatreDto>>> ListTheatres(
        [Description("Only this city")] ResourceId? city,
        [Description("Only this chain (key: XXI, CGV, CINEPOLIS, …)")][MaxLength(ResourceId.MaxLength)] string? chain,
        [Description("Text in the name or address")][MaxLength(MaxTextLength)] string? q,
        [AsParameters] ReadServices services,
        TheatreReads reads,
        CancellationToken cancellationToken)
    {
        var cityId = city?.Value;
        var chainKey = FreeText.Trimmed(chain);
        var text = FreeText.Trimmed(q);
        return services.AnswerAsync(
            ReadServices.Key("theatres", cityId, chainKey?.ToUpperInvariant(), text?.ToLowerInvariant()),
            ct => reads.ListAsync(cityId, chainKey, text, ct),
            cancellationToken,
            isVolatile: true);
    }

    public static Task<CachedJson<TheatreDto>> GetTheatre(
        ResourceId theatreId, [AsParameters] ReadServices services, TheatreReads reads, CancellationToken cancellationToken)
    {
        var id = theatreId.Value;
        return services.AnswerAsync(ReadServices.Key("theatre", id), ct => reads.OneAsync(id, ct), cancellationToken, isVolatile: true);
    }

    public static Task<CachedJson<TheatreScheduleDto>> GetSchedule(
        ResourceId theatreId, DateOnly? date, [AsParameters] ReadServices services, TheatreReads reads, CancellationToken cancellationToken)
    {
        var id = theatreId.Value;
        var day = date ?? services.Today;
        return services.AnswerAsync(ReadServices.Key("theatre-schedule", id, ReadServices.Day(day)), ct => reads.ScheduleAsync(id, day, ct), cancellationToken);
    }
}
