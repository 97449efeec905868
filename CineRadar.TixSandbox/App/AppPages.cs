using System.Reflection;
using System.Text.Json;
using CineRadar.Core.Time;
using CineRadar.TixSandbox.Auth;
using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Contracts;
using CineRadar.TixSandbox.Hosting;

namespace CineRadar.TixSandbox.App;

/// <summary>
/// The imitation of app.tix.id: every page is the same shell, rendered by the app's script about a second after
/// load, with the API's URL and the app's settings injected as <c>window.TIX_CONFIG</c>.
/// </summary>
internal static class AppPages
{
    private const string JakartaId = "967969975509716992";

    public static void MapAppPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").OnOrigin(SandboxOrigin.App);
        pages.MapGet("/", () => Results.Redirect("/home"));
        pages.MapGet("/home", Shell);
        pages.MapGet("/login", Shell);
        pages.MapGet("/cities", Shell);
        pages.MapGet("/movies/{slugAndId}/{date}", Shell);
        pages.MapGet("/assets/movie_poster_v2/{file}", Poster);
        pages.MapGet("/assets/{file}", Asset);
    }

    private static IResult Shell(HttpRequest request, SandboxOrigins origins, SandboxOptions options, SandboxClock clock, SandboxContract contract)
    {
        var config = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["apiUrl"] = origins.ApiUrlFor(request),
            ["appVersion"] = options.App.Version,
            ["renderDelayMs"] = options.App.RenderDelayMilliseconds,
            ["today"] = IndonesianClock.BusinessDate(clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["defaultCityId"] = JakartaId,
            ["headers"] = new[] { AppHeaders.Platform, AppHeaders.AppVersion, AppHeaders.DeviceId },
            ["chainPaths"] = contract.ChainPaths,
            ["contract"] = new Dictionary<string, string>
            {
                ["citiesPath"] = contract.CitiesPath,
                ["cityIdKey"] = contract.CityIdKey,
                ["cityNameKey"] = contract.CityNameKey,
                ["moviesRequest"] = contract.MoviesRequestTemplate,
                ["cityPlaceholder"] = SandboxContract.CityPlaceholder,
            },
        });
        var html = $$"""
            <!doctype html>
            <html lang="id">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>TIX ID</title>
              <link rel="stylesheet" href="/assets/app.css">
              <script>window.TIX_CONFIG = {{config}};</script>
              <script src="/assets/app.js" defer></script>
            </head>
            <body><main class="app-root"><div class="boot" aria-hidden="true"></div></main></body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult Poster(string file, CatalogStore store)
    {
        var posterId = file.EndsWith(".svg", StringComparison.Ordinal) ? file[..^4] : file;
        return store.World.MoviesByPosterId.TryGetValue(posterId, out var movie)
            ? Results.Content(PosterSvg.For(movie), "image/svg+xml")
            : Results.NotFound();
    }

    private static IResult Asset(string file)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"assets/{file}");
        if (stream is null)
        {
            return Results.NotFound();
        }

        var contentType = file.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        return Results.Stream(stream, contentType);
    }
}
