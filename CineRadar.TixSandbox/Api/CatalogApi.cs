using System.Globalization;
using CineRadar.TixSandbox.Auth;
using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Contracts;
using CineRadar.TixSandbox.Hosting;
using CineRadar.TixSandbox.Payloads;
using Microsoft.AspNetCore.Mvc;

namespace CineRadar.TixSandbox.Api;

/// <summary>
/// The catalog the app reads with its guest headers: cities, movies per city, schedule pages. The city list's and the
/// movie list's paths and keys are the contract's (<see cref="SandboxContract"/>); the schedules call is the recorded one.
/// </summary>
internal static class CatalogApi
{
    public static void MapCatalogApi(this IEndpointRouteBuilder app, SandboxContract contract)
    {
        var api = app.MapGroup("")
            .OnOrigin(SandboxOrigin.Api)
            .InFaultGroup(EndpointGroup.Catalog)
            .AddEndpointFilter(AppHeaders.RequireAsync);

        api.MapGet(contract.CitiesPath, (CatalogStore store) => CatalogPayloads.Cities(store.World, contract));
        api.MapGet(contract.MoviesPath, Movies);
        api.MapGet("/v1/schedules/movies/{movieId}", Schedules);
    }

    /// <summary>The movies a city lists; the city comes in the contract's query parameter or path segment.</summary>
    private static JsonPayload Movies(HttpRequest request, SandboxContract contract, CityListings listings, SandboxClock clock, SandboxOrigins origins)
    {
        var cityId = contract.MoviesCityQuery is { } name
            ? request.Query[name].ToString()
            : request.RouteValues["cityId"] as string;
        return string.IsNullOrEmpty(cityId)
            ? ApiErrors.BadRequest($"{contract.MoviesCityQuery ?? "the city"} is required")
            : CatalogPayloads.Movies(listings.For(cityId, clock.GetUtcNow()), origins.AppUrl);
    }

    /// <summary>
    /// One page of the theatres showing a movie in a city on a date. An unknown movie id (such as a listing-only
    /// <c>id</c>), a date off sale or an unknown city answer success with no theatres: a silent miss, as TIX does. Only
    /// shows listed at the sandbox's now appear, at their times as listed then.
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
            ? store.Day(day).ListingAt(movieId, cityId, now)
            : [];
        return CatalogPayloads.SchedulePage(theatres, pageNumber, options.Catalog.SchedulePageSize, now);
    }
}
