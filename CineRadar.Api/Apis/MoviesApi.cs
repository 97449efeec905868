using System.ComponentModel;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis;

/// <summary>Movies playing on a date, one movie's schedule by city, theatre and room, and a movie's history.</summary>
internal static class MoviesApi
{
    private static readonly IReadOnlyDictionary<string, int> HistoryLengths = new Dictionary<string, int>(StringComparer.Ordinal) { ["7"] = 7, ["30"] = 30 };

    public static RouteGroupBuilder MapMoviesApi(this RouteGroupBuilder api)
    {
        var movies = api.MapGroup("/movies").WithTags("Movies");
        movies.MapGet("", ListMovies).WithSummary("Movies playing on a date, ranked by reach");
        movies.MapGet("/{movieId}", GetMovie).WithSummary("A movie's schedule: city, theatre, room, showtimes with their latest occupancy");
        movies.MapGet("/{movieId}/history", GetHistory).WithSummary("A movie's admissions, gross, showtimes and occupancy per day");
        return api;
    }

    public static async Task<Results<CachedJson<MovieList>, ValidationProblem>> ListMovies(
        [Description("WIB date, yyyy-MM-dd; today when omitted")] string? date,
        [Description("Only this city (id)")] string? city,
        TimeProvider clock,
        MovieReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var day = parameters.Date("date", date, clock.Today());
        var cityId = parameters.OptionalId("city", city);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.ListAsync(day, cityId, cancellationToken);
    }

    public static async Task<Results<CachedJson<MovieDetail>, ValidationProblem>> GetMovie(
        string movieId,
        [Description("WIB date, yyyy-MM-dd; today when omitted")] string? date,
        [Description("Only this city (id)")] string? city,
        TimeProvider clock,
        MovieReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var id = parameters.Id("movieId", movieId);
        var day = parameters.Date("date", date, clock.Today());
        var cityId = parameters.OptionalId("city", city);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.DetailAsync(id, day, cityId, cancellationToken);
    }

    public static async Task<Results<CachedJson<MovieHistory>, ValidationProblem>> GetHistory(
        string movieId,
        [Description("7 or 30 days; 7 when omitted")] string? days,
        [Description("The last day, yyyy-MM-dd; today when omitted")] string? until,
        TimeProvider clock,
        MovieReads reads,
        CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var id = parameters.Id("movieId", movieId);
        var length = parameters.Choice("days", days, HistoryLengths, 7);
        var last = parameters.Date("until", until, clock.Today());
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        return await reads.HistoryAsync(id, length, last, cancellationToken);
    }
}
