using CineRadar.Core.Stores;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Caching;

/// <summary>
/// The store's data version as this process last saw it. Reading it from the store on every request would make every
/// cached read a store read, so it is read at most once per <see cref="CacheOptions.VersionRefreshInterval"/> (callers in
/// between share the one read), and taken at once from a <c>cineradar:data-changed</c> message.
/// </summary>
internal sealed class DataVersionMonitor(IDataVersionStore store, TimeProvider clock, IOptions<CacheOptions> options)
{
    private readonly Lock _gate = new();
    private Seen? _seen;
    private Task<long>? _reading;

    private sealed record Seen(long Version, long At);

    public ValueTask<long> CurrentAsync(CancellationToken cancellationToken)
    {
        var seen = _seen;
        if (seen is not null && clock.GetElapsedTime(seen.At) < options.Value.VersionRefreshInterval)
        {
            return ValueTask.FromResult(seen.Version);
        }

        return new ValueTask<long>(ReadShared().WaitAsync(cancellationToken));
    }

    /// <summary>A version someone announced (a publish, a fold, an admin command); an older one is ignored.</summary>
    public void Observe(long version)
    {
        lock (_gate)
        {
            if (_seen is null || version >= _seen.Version)
            {
                _seen = new Seen(version, clock.GetTimestamp());
            }
        }
    }

    private Task<long> ReadShared()
    {
        lock (_gate)
        {
            if (_reading is null || _reading.IsCompleted)
            {
                _reading = ReadAsync();
            }

            return _reading;
        }
    }

    private async Task<long> ReadAsync()
    {
        var version = await store.GetAsync(CancellationToken.None);
        lock (_gate)
        {
            _seen = new Seen(version, clock.GetTimestamp());
        }

        return version;
    }
}
