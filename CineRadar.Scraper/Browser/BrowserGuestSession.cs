using CineRadar.Scraper.Configuration;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Browser;

/// <summary>
/// Bootstraps a guest session in the browser (home page, then a city in the picker) and captures the headers the app
/// sent with its movie-list request. The headers are kept until TIX refuses them.
/// </summary>
public sealed class BrowserGuestSession(ChromiumHost chromium, IOptions<TixOptions> options, ILogger<BrowserGuestSession> logger) : IGuestSession, IDisposable
{
    /// <summary>The city the bootstrap picks; any city works.</summary>
    public const string BootstrapCity = "JAKARTA";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<string, string>? _headers;

    public async Task<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken)
    {
        if (_headers is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _headers ??= await BootstrapAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    public void Invalidate(IReadOnlyDictionary<string, string> refused) =>
        Interlocked.CompareExchange(ref _headers, null, refused);

    private async Task<IReadOnlyDictionary<string, string>> BootstrapAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var context = await chromium.NewContextAsync(cancellationToken);
        var page = await context.NewPageAsync();
        await AppNavigation.OpenAsync(page, settings, "/home");
        var response = await AppNavigation.PickCityAsync(page, settings, BootstrapCity);
        var headers = await AppNavigation.ReplayableHeadersAsync(response.Request);
        logger.LogInformation("Guest session captured from the TIX app ({Count} headers: {Names})",
            headers.Count, string.Join(", ", headers.Keys.Order(StringComparer.OrdinalIgnoreCase)));
        return headers;
    }
}
