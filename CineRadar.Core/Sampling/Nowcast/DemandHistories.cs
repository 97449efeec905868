using System.Collections.Concurrent;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling.Nowcast;

/// <summary>
/// Each date's <see cref="DemandHistory"/>, read from the store once and kept for <see cref="KeptFor"/> (the days before
/// a date change little once it has begun: only a late fold of the day before); a failed read is tried again at the
/// next call. Only the two newest dates are kept.
/// </summary>
public sealed class DemandHistories(IAdmissionsStore store, int days, TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<DateOnly, (DateTimeOffset ReadAt, Lazy<Task<DemandHistory?>> History)> _histories = new();

    public async Task<DemandHistory?> GetAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (days <= 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var entry = _histories.AddOrUpdate(
            date,
            _ => Read(date, now),
            (_, kept) => now - kept.ReadAt > KeptFor ? Read(date, now) : kept);
        foreach (var old in _histories.Keys.Where(d => d < date.AddDays(-1)))
        {
            _histories.TryRemove(old, out _);
        }

        try
        {
            return await entry.History.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _histories.TryRemove(new KeyValuePair<DateOnly, (DateTimeOffset, Lazy<Task<DemandHistory?>>)>(date, entry));
            throw;
        }
    }

    private (DateTimeOffset, Lazy<Task<DemandHistory?>>) Read(DateOnly date, DateTimeOffset now) =>
        (now, new Lazy<Task<DemandHistory?>>(() => DemandHistory.ReadAsync(store, date, days, CancellationToken.None)));
}
