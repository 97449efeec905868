using CineRadar.Core.Tix;
using CineRadar.Scraper.Tix;

namespace CineRadar.Scraper.Sweeps;

/// <summary>API mode: after one browser bootstrap (the guest headers), every call goes straight to the API.</summary>
public sealed class ApiCatalogSource(TixApiClient tix) : ICatalogSource
{
    public Task<IReadOnlyList<TixCity>> GetCitiesAsync(CancellationToken cancellationToken) => tix.GetCitiesAsync(cancellationToken);

    public Task<ICitySession> OpenCityAsync(TixCity city, CancellationToken cancellationToken) =>
        Task.FromResult<ICitySession>(new Session(tix, city));

    private sealed class Session(TixApiClient tix, TixCity city) : ICitySession
    {
        public Task<IReadOnlyList<TixMovie>> GetMoviesAsync(CancellationToken cancellationToken) =>
            tix.GetMoviesAsync(city.Id, cancellationToken);

        public Task<TixSchedulePage> GetSchedulePageAsync(TixMovie movie, DateOnly date, int page, CancellationToken cancellationToken) =>
            tix.GetSchedulePageAsync(movie.Id, city.Id, date, page, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
