using CineRadar.Core.Reference;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Tix;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CineRadar.Scraper.Browser;

/// <summary>
/// Bootstraps a guest session in the browser (home page, then a city in the picker) and learns from the app what the
/// reference does not record: the headers it sent with its movie-list request, that request itself, and the city list
/// the city page loaded (recognised by content among the API's answers). Kept until TIX refuses the headers.
/// </summary>
public sealed class BrowserGuestSession(ChromiumHost chromium, IOptions<TixOptions> options, ILogger<BrowserGuestSession> logger) : IGuestSession, IDisposable
{
    /// <summary>The city the bootstrap picks; any city works.</summary>
    public const string BootstrapCity = "JAKARTA";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private AppBootstrap? _session;

    public async Task<AppBootstrap> GetAsync(CancellationToken cancellationToken)
    {
        if (_session is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _session ??= await BootstrapAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    public void Invalidate(AppBootstrap refused) =>
        Interlocked.CompareExchange(ref _session, null, refused);

    private async Task<AppBootstrap> BootstrapAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var context = await chromium.NewContextAsync(cancellationToken);
        var page = await context.NewPageAsync();
        await AppNavigation.OpenAsync(page, settings, "/home");

        var answers = new List<IResponse>();
        void Keep(object? sender, IResponse response)
        {
            if (response.Request.Method == "GET" && response.Status == 200 && IsApi(new Uri(response.Url), settings.ApiUrl))
            {
                lock (answers)
                {
                    answers.Add(response);
                }
            }
        }

        page.Response += Keep;
        IResponse movies;
        try
        {
            movies = await AppNavigation.PickCityAsync(page, settings, BootstrapCity);
        }
        finally
        {
            page.Response -= Keep;
        }

        var headers = await AppNavigation.ReplayableHeadersAsync(movies.Request);
        var cities = await RecognizeCitiesAsync(answers.ToList());
        var cityId = cities?.Cities.FirstOrDefault(c => string.Equals(c.Name, BootstrapCity, StringComparison.OrdinalIgnoreCase))?.Id
                     ?? Cities.FindByName(BootstrapCity)!.Id;
        var url = new Uri(movies.Url);
        var movieList = MovieListRequest.Learn(url, cityId);
        var bootstrap = new AppBootstrap(
            headers,
            movieList,
            movieList is null ? $"the app's movie-list request ({url.AbsolutePath}) does not carry the id of {BootstrapCity} ({cityId})" : null,
            cities,
            cities is null ? $"none of the {answers.Count} answers the app's city page loaded holds a list of known cities" : null);
        logger.LogInformation(
            "Guest session captured from the TIX app ({Count} headers: {Names}); movie list {MovieList}; city list {Cities}",
            headers.Count, string.Join(", ", headers.Keys.Order(StringComparer.OrdinalIgnoreCase)),
            movieList?.ToString() ?? bootstrap.MovieListProblem,
            cities is null ? bootstrap.CitiesProblem : $"{cities.Cities.Count} cities (keys {cities.IdKey}, {cities.NameKey})");
        return bootstrap;
    }

    /// <summary>The answer that holds the most names of known cities, if any does.</summary>
    private static async Task<RecognizedCityList?> RecognizeCitiesAsync(IReadOnlyList<IResponse> answers)
    {
        RecognizedCityList? best = null;
        foreach (var answer in answers)
        {
            byte[] body;
            try
            {
                body = await answer.BodyAsync();
            }
            catch (PlaywrightException)
            {
                continue;
            }

            if (TixPayloads.FindCities(body) is { } found && found.KnownNames > (best?.KnownNames ?? 0))
            {
                best = found;
            }
        }

        return best;
    }

    private static bool IsApi(Uri url, Uri api) =>
        string.Equals(url.Host, api.Host, StringComparison.OrdinalIgnoreCase) && url.Port == api.Port;
}
