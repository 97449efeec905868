using System.Globalization;
using CineRadar.TixSandbox.Auth;
using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Hosting;
using CineRadar.TixSandbox.Payloads;
using Microsoft.AspNetCore.Mvc;

namespace CineRadar.TixSandbox.Api;

/// <summary>The catalog the app reads with its guest headers: cities, movies per city, schedule pages.</summary>
internal static class CatalogApi
{
    public static void MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1")
            .OnOrigin(SandboxOrigin.Api)
            .InFaultGroup(EndpointGroup.Catalog)
            .AddEndpointFilter(AppHeaders.RequireAsync);

        v1.MapGet("/cities", (CatalogStore store) => CatalogPayloads.Cities(store.World));
        v1.MapGet("/movies", Movies);
        v1.MapGet("/schedules/movies/{movieId}", Schedules);
    }

    private static JsonPayload Movies(
        [FromQuery(Name = "city_id")] string? cityId, CityListings listings, SandboxClock clock, SandboxOrigins origins) =>
        string.IsNullOrEmpty(cityId)
            ? ApiErrors.BadRequest("city_id is required")
            : CatalogPayloads.Movies(listings.For(cityId, clock.GetUtcNow()), origins.AppUrl);

    /// <summary>
    /// One page of the theatres showing a movie in a city on a date. An unknown movie id (such as a listing-only
    /// <c>id</c>), a date off sale or an unknown city answer success with no theatres: a silent miss, as TIX does.
    /// </summary>
    private static JsonPayload Schedules(
        string movieId,
        [FromQuery(Name = "city_id")] string? cityId,
        string? date,
        string? page,
        CatalogStore store,
        SandboxClock clock,
        SandboxOptions options)
    {
        if (string.IsNullOrEmpty(cityId))
        {
            return ApiErrors.BadRequest("city_id is required");
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ApiErrors.BadRequest("date must be YYYY-MM-DD");
        }

        var pageNumber = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            return ApiErrors.BadRequest("page must be a positive number");
        }

        var now = clock.GetUtcNow();
        var movie = store.World.MoviesByScheduleId.GetValueOrDefault(movieId);
        var theatres = movie is not null && store.IsListed(movie, day, now)
            ? store.Day(day).Schedules.GetValueOrDefault((movieId, cityId)) ?? []
            : [];
        return CatalogPayloads.SchedulePage(theatres, pageNumber, options.Catalog.SchedulePageSize, now);
    }
}
