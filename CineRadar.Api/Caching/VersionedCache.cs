using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Caching;

/// <summary>
/// HybridCache with the data version in every key: a publish moves the version, so the next read misses and is computed
/// afresh, and old entries simply expire. Each read class asks it once per request for its answer, which goes to memory
/// and Redis. On a miss the answer is computed from views (a date's <see cref="Views.DayView"/>, the theatre and city
/// indexes) that several answers share; they stay in this process's <see cref="ViewCache"/> (they are large, and cheap
/// to rebuild from the store).
/// </summary>
internal sealed class VersionedCache(
    HybridCache cache, ViewCache views, DataVersionMonitor versions, IOptions<CacheOptions> options, IOptions<JsonOptions> json)
{
    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

    private readonly HybridCacheEntryOptions _answerEntry = new()
    {
        Expiration = options.Value.ResponseExpiration,
        LocalCacheExpiration = options.Value.ResponseExpiration,
    };

    private readonly HybridCacheEntryOptions _volatileEntry = new()
    {
        Expiration = options.Value.VolatileExpiration,
        LocalCacheExpiration = options.Value.VolatileExpiration,
    };

    /// <summary>
    /// The answer for <paramref name="key"/> at the current data version: from the cache, or computed, serialized and
    /// cached. Something not found is cached too, as its 404 detail.
    /// </summary>
    public async ValueTask<CachedJson<T>> AnswerAsync<T>(
        string key, Func<CancellationToken, ValueTask<Found<T>>> compute, CancellationToken cancellationToken, bool isVolatile = false)
        where T : class
    {
        var version = await versions.CurrentAsync(cancellationToken);
        var state = new AnswerState<T>(this, version, key, compute);
        if (!options.Value.Enabled)
        {
            return new CachedJson<T>(await state.RenderAsync(cancellationToken));
        }

        return new CachedJson<T>(await cache.GetOrCreateAsync(
            $"cineradar:v{version}:{key}", state, static (s, ct) => s.RenderAsync(ct), isVolatile ? _volatileEntry : _answerEntry,
            cancellationToken: cancellationToken));
    }

    /// <summary>An answer's key from its route name and resolved parameters (absent ones kept as empty places).</summary>
    public static string Key(string route, params ReadOnlySpan<string?> parts)
    {
        var key = route;
        foreach (var part in parts)
        {
            key = string.Concat(key, "|", part);
        }

        return key;
    }

    /// <summary>A date as it appears in answer keys.</summary>
    public static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A view (an immutable object many answers are built from) at the current data version, in memory only.</summary>
    public async ValueTask<T> ViewAsync<T>(string key, Func<CancellationToken, ValueTask<T>> build, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return await build(cancellationToken);
        }

        var version = await versions.CurrentAsync(cancellationToken);
        return await views.GetAsync(key, version, build, cancellationToken);
    }

    /// <summary>The ETag of an answer: the data version and a digest of the request, so replicas agree on it.</summary>
    public static string ETagFor(long version, string key)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return $"\"{version}-{Convert.ToHexStringLower(digest[..8])}\"";
    }

    private sealed record AnswerState<T>(VersionedCache Owner, long Version, string Key, Func<CancellationToken, ValueTask<Found<T>>> Compute)
        where T : class
    {
        public async ValueTask<CachedResponse> RenderAsync(CancellationToken cancellationToken)
        {
            var found = await Compute(cancellationToken);
            var etag = ETagFor(Version, Key);
            return found.Value is null
                ? new CachedResponse(etag, null, found.Missing ?? "Not found.")
                : new CachedResponse(etag, JsonSerializer.SerializeToUtf8Bytes(found.Value, Owner._json), null);
        }
    }
}
