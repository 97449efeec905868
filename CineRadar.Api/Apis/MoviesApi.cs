using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;

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

    public static Task<CachedJson<MovieList>> ListMovies(
        DateOnly? date,
        [Description("Only this city")] ResourceId? city,
        [AsParameters] ReadServices services,
        MovieReads reads,
        CancellationToken cancellationToken)
    {
        var day = date ?? services.Today;
        var cityId = city?.Value;
        return services.AnswerAsync(ReadServices.Key("movies", ReadServices.Day(day), cityId), ct => reads.ListAsync(day, cityId, ct), cancellationToken);
    }

    public static Task<CachedJson<MovieDetail>> GetMovie(
        ResourceId movieId,
        DateOnly? date,
        [Description("Only this city")] ResourceId? city,
        [AsParameters] ReadServices services,
        MovieReads reads,
        CancellationToken cancellationToken)
    {
        var id = movieId.Value;
        var day = date ?? services.Today;
        var cityId = city?.Value;
        return services.AnswerAsync(ReadServices.Key("movie", id, ReadServices.Day(day), cityId), ct => reads.DetailAsync(id, day, cityId, ct), cancellationToken);
    }

    public static Task<CachedJson<MovieHistory>> GetHistory(
        ResourceId movieId,
        [Description("How many days; 7 when omitted")][AllowedValues(7, 30)] int? days,
        [Description("The last day; today when omitted")] DateOnly? until,
        [AsParameters] ReadServices services,
        MovieReads reads,
        CancellationToken cancellationToken)
    {
        var id = movieId.Value;
        var length = days ?? 7;
        var last = until ?? services.Today;
        return services.AnswerAsync(
            ReadServices.Key("history", id, length.ToString(System.Globalization.CultureInfo.InvariantCulture), ReadServices.Day(last)),
            ct => reads.HistoryAsync(id, length, last, ct),
            cancellationToken);
    }
}
