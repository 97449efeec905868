using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;

namespace CineRadar.Api.Apis;

/// <summary>Movies playing on a date, one movie's schedule by city, theatre and room, and a movie's history.</summary>
internal static class MoviesApi
{
    public static RouteGroupBuilder MapMoviesApi(this RouteGroupBuilder api)
    {
        var movies = api.MapGroup("/movies").WithTags("Movies");
        movies.MapGet("", ListMovies).WithSummary("Movies playing on a date, ranked by reach");
        movies.MapGet("/{movieId}", GetMovie).WithSummary("A movie's schedule: city, theatre, room, showtimes with their latest occupancy");
        movies.MapGet("/{movieId}/history", GetHistory).WithSummary("A movie's admissions, gross, showtimes and occupancy per day");
        return api;
    }

    public static ValueTask<CachedJson<MovieList>> ListMovies(
        DateOnly? date,
        [Description("Only this city")] ResourceId? city,
        TimeProvider clock,
        MovieReads reads,
        CancellationToken cancellationToken) =>
        reads.ListAsync(date ?? clock.Today(), city?.Value, cancellationToken);

    public static ValueTask<CachedJson<MovieDetail>> GetMovie(
        ResourceId movieId,
        DateOnly? date,
        [Description("Only this city")] ResourceId? city,
        TimeProvider clock,
        MovieReads reads,
        CancellationToken cancellationToken) =>
        reads.DetailAsync(movieId.Value, date ?? clock.Today(), city?.Value, cancellationToken);

    public static ValueTask<CachedJson<MovieHistory>> GetHistory(
        ResourceId movieId,
        [Description("How many days; 7 when omitted")][AllowedValues(7, 30)] int? days,
        [Description("The last day; today when omitted")] DateOnly? until,
        TimeProvider clock,
        MovieReads reads,
        CancellationToken cancellationToken) =>
        reads.HistoryAsync(movieId.Value, days ?? 7, until ?? clock.Today(), cancellationToken);
}
