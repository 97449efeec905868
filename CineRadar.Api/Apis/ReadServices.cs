using System.Globalization;
using CineRadar.Api.Caching;
using CineRadar.Core.Time;

namespace CineRadar.Api.Apis;

/// <summary>What every cached read handler needs: the versioned cache and today's WIB date.</summary>
internal sealed class ReadServices(VersionedCache cache, TimeProvider clock)
{
    public VersionedCache Cache { get; } = cache;

    public TimeProvider Clock { get; } = clock;

    public DateOnly Today => Clock.Today();

    /// <summary>The answer for a request, from the cache or computed; <paramref name="key"/> names the request's resolved parameters.</summary>
    public async Task<CachedJson<T>> AnswerAsync<T>(
        string key, Func<CancellationToken, ValueTask<Found<T>>> compute, CancellationToken cancellationToken, bool isVolatile = false)
        where T : class =>
        new(await Cache.AnswerAsync(key, compute, cancellationToken, isVolatile));

    /// <summary>A cache key from a route name and its resolved parameters (absent ones kept as empty places).</summary>
    public static string Key(string route, params ReadOnlySpan<string?> parts)
    {
        var key = route;
        foreach (var part in parts)
        {
            key = string.Concat(key, "|", part);
        }

        return key;
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
