namespace CineRadar.Scraper.Browser;

/// <summary>
/// A guest session on TIX's app, bootstrapped once in a real browser: the headers the app sends to the API and the
/// requests it makes that the reference does not record (see <see cref="AppBootstrap"/>).
/// </summary>
public interface IGuestSession
{
    Task<AppBootstrap> GetAsync(CancellationToken cancellationToken);

    /// <summary>TIX refused this session's headers: the next call bootstraps a new guest session.</summary>
    void Invalidate(AppBootstrap refused);
}
