using CineRadar.Core.Tix;
using CineRadar.Scraper.Browser;
using CineRadar.Scraper.Tix;

namespace CineRadar.Scraper.Sweeps;

/// <summary>
/// API mode: after one browser bootstrap, every call goes straight to the API. The city list is the one the app's
/// city page loaded, and movie lists are asked for with the app's own request, both learned in the bootstrap.
/// </summary>
public sealed class ApiCatalogSource(TixApiClient tix, IGuestSession guest) : ICatalogSource
{
    public async Task<IReadOnlyList<TixCity>> GetCitiesAsync(CancellationToken cancellationToken)
    {
        var bootstrap = await guest.GetAsync(cancellationToken);
        return bootstrap.Cities?.Cities ?? throw new CityListNotLearnedException(bootstrap.CitiesProblem ?? "the app loaded no city list");
    }

    public Task<ICitySession> OpenCityAsync(TixCity city, CancellationToken cancellationToken) =>
        Task.FromResult<ICitySession>(new Session(tix, guest, city));

    private sealed class Session(TixApiClient tix, IGuestSession guest, TixCity city) : ICitySession
    {
        public async Task<IReadOnlyList<TixMovie>> GetMoviesAsync(CancellationToken cancellationToken)
        {
            var bootstrap = await guest.GetAsync(cancellationToken);
            var request = bootstrap.MovieList ?? throw new InvalidOperationException(
                $"{bootstrap.MovieListProblem}; API mode cannot replay it (Tix:Mode=Browser picks each city in the app)");
            return await tix.GetMoviesAsync(request, city.Id, cancellationToken);
        }

        public Task<TixSchedulePage> GetSchedulePageAsync(TixMovie movie, DateOnly date, int page, CancellationToken cancellationToken) =>
            tix.GetSchedulePageAsync(movie.Id, city.Id, date, page, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>The app's city page loaded nothing recognisable as a city list; the message says what was seen.</summary>
public sealed class CityListNotLearnedException(string message) : Exception(message);
