using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;

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

    public static ValueTask<CachedJson<List<TheatreDto>>> ListTheatres(
        [Description("Only this city")] ResourceId? city,
        [Description("Only this chain (key: XXI, CGV, CINEPOLIS, …)")][MaxLength(ResourceId.MaxLength)] string? chain,
        [Description("Text in the name or address")][MaxLength(MaxTextLength)] string? q,
        TheatreReads reads,
        CancellationToken cancellationToken) =>
        reads.ListAsync(city?.Value, FreeText.Trimmed(chain), FreeText.Trimmed(q), cancellationToken);

    public static ValueTask<CachedJson<TheatreDto>> GetTheatre(ResourceId theatreId, TheatreReads reads, CancellationToken cancellationToken) =>
        reads.OneAsync(theatreId.Value, cancellationToken);

    public static ValueTask<CachedJson<TheatreScheduleDto>> GetSchedule(
        ResourceId theatreId, DateOnly? date, TimeProvider clock, TheatreReads reads, CancellationToken cancellationToken) =>
        reads.ScheduleAsync(theatreId.Value, date ?? clock.Today(), cancellationToken);
}
