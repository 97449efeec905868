using CineRadar.Core.Sampling;

namespace CineRadar.Scraper.SeatReads;

/// <summary>The count of one process, used when no Redis is configured.</summary>
public sealed class LocalSeatReadCounter : ISeatReadCounter
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(DateOnly, SeatReadPurpose), long> _used = [];

    public Task<(bool Taken, long Used)> TryTakeAsync(DateOnly day, SeatReadPurpose purpose, long? limit, long floor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var used = Math.Max(_used.GetValueOrDefault((day, purpose)), floor);
            var taken = limit is not { } l || used < l;
            _used[(day, purpose)] = taken ? ++used : used;
            return Task.FromResult((taken, used));
        }
    }

    public Task<long> UsedAsync(DateOnly day, SeatReadPurpose purpose, long floor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Math.Max(_used.GetValueOrDefault((day, purpose)), floor));
        }
    }
}
