namespace CineRadar.Scraper.Browser;

/// <summary>The headers TIX's app sends to the API as a guest, captured once from a real browser session.</summary>
public interface IGuestSession
{
    Task<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken);

    /// <summary>TIX refused these headers: the next call bootstraps a new guest session.</summary>
    void Invalidate(IReadOnlyDictionary<string, string> refused);
}
