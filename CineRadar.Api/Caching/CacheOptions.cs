namespace CineRadar.Api.Caching;

/// <summary>How the Api caches its reads, bound from <c>Cache</c>.</summary>
internal sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>False computes every read from the store (for measuring; never in production).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How old the data version the Api keys its cache on may get before it is read from the store again. A
    /// <c>cineradar:data-changed</c> message on Redis makes it current at once.
    /// </summary>
    public TimeSpan VersionRefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a cached answer lives; the data version in its key usually retires it first.</summary>
    public TimeSpan ResponseExpiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long answers built from things that do not move the data version (runs, geocoded places) live.</summary>
    public TimeSpan VolatileExpiration { get; set; } = TimeSpan.FromSeconds(15);
}
