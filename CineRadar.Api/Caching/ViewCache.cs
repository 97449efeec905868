using System.Collections.Concurrent;

namespace CineRadar.Api.Caching;

/// <summary>
/// The views many answers are built from (a date's <see cref="Views.DayView"/>, the theatre and city indexes), in this
/// process only and never serialized: a national day's view runs to tens of megabytes, and a cache that measures what
/// it holds would write it out as JSON on every build. Each key holds one view, of the newest data version asked for:
/// the first request of a version builds it, every request of that version shares the build, and the view of an older
/// version is dropped as soon as a newer one is asked for. A build that fails is not kept, so the next request tries
/// again; a view nobody asked for in <see cref="Idle"/> is dropped.
/// </summary>
internal sealed class ViewCache(TimeProvider clock)
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The view of <paramref name="key"/> at <paramref name="version"/> (or a newer one already built). The build runs
    /// apart from any one request, so a caller that gives up stops waiting without failing the others.
    /// </summary>
    public async ValueTask<T> GetAsync<T>(string key, long version, Func<CancellationToken, ValueTask<T>> build, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        DropIdle(now);
        var entry = _entries.AddOrUpdate(
            key,
            static (_, state) => Entry.For(state.Version, state.Build, state.Now),
            static (_, existing, state) => existing.Version >= state.Version ? existing : Entry.For(state.Version, state.Build, state.Now),
            (Version: version, Build: build, Now: now));
        entry.ReadAt(now);
        var view = (Lazy<Task<T>>)entry.View;
        try
        {
            return await view.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (view.Value.IsFaulted || view.Value.IsCanceled)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    private void DropIdle(DateTimeOffset now)
    {
        foreach (var pair in _entries)
        {
            if (now - pair.Value.LastRead > Idle)
            {
                _entries.TryRemove(pair);
            }
        }
    }

    private sealed class Entry(long version, object view, DateTimeOffset created)
    {
        private long _lastReadTicks = created.UtcTicks;

        public long Version { get; } = version;

        /// <summary>A <c>Lazy&lt;Task&lt;T&gt;&gt;</c>: built once, by the first request that reads it.</summary>
        public object View { get; } = view;

        public DateTimeOffset LastRead => new(Interlocked.Read(ref _lastReadTicks), TimeSpan.Zero);

        public void ReadAt(DateTimeOffset now) => Interlocked.Exchange(ref _lastReadTicks, now.UtcTicks);

        public static Entry For<T>(long version, Func<CancellationToken, ValueTask<T>> build, DateTimeOffset now) =>
            new(version, new Lazy<Task<T>>(() => build(CancellationToken.None).AsTask()), now);
    }
}
