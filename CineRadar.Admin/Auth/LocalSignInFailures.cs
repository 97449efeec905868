using System.Collections.Concurrent;

namespace CineRadar.Admin.Auth;

/// <summary>Failed sign-ins counted in this process's memory: one replica's view, kept until it restarts.</summary>
public sealed class LocalSignInFailures(TimeProvider clock) : ISignInFailures
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    public Task<int> CountAsync(string name, TimeSpan window, CancellationToken cancellationToken) =>
        Task.FromResult(Update(name, window, add: false));

    public Task<int> RecordAsync(string name, TimeSpan window, CancellationToken cancellationToken) =>
        Task.FromResult(Update(name, window, add: true));

    public Task ClearAsync(string name, CancellationToken cancellationToken)
    {
        _failures.TryRemove(name, out _);
        return Task.CompletedTask;
    }

    private int Update(string name, TimeSpan window, bool add)
    {
        var now = clock.GetUtcNow();
        var times = _failures.GetOrAdd(name, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            while (times.TryPeek(out var at) && at < now - window)
            {
                times.Dequeue();
            }

            if (add)
            {
                times.Enqueue(now);
            }

            return times.Count;
        }
    }
}
