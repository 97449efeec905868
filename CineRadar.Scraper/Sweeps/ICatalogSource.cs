using CineRadar.Core.Tix;

namespace CineRadar.Scraper.Sweeps;

/// <summary>Where a sweep gets TIX's city list, movie lists and schedule pages: direct API calls, or the browser.</summary>
public interface ICatalogSource
{
    Task<IReadOnlyList<TixCity>> GetCitiesAsync(CancellationToken cancellationToken);

    /// <summary>Starts sweeping one city (the browser selects it in the app, as a person would).</summary>
    Task<ICitySession> OpenCityAsync(TixCity city, CancellationToken cancellationToken);
}

public interface ICitySession : IAsyncDisposable
{
    Task<IReadOnlyList<TixMovie>> GetMoviesAsync(CancellationToken cancellationToken);

    Task<TixSchedulePage> GetSchedulePageAsync(TixMovie movie, DateOnly date, int page, CancellationToken cancellationToken);
}
