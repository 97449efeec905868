using System.Collections.Concurrent;

namespace CineRadar.Scraper.Seats;

/// <summary>What sampling has done so far: for progress displays, the day's report and the metrics.</summary>
public sealed class SamplingStats
{
    private readonly ConcurrentDictionary<string, int> _missed = new(StringComparer.Ordinal);
    private int _planned;
    private int _done;
    private int _houseLocks;
    private int _requests;
    private int _skipped;
    private int _withdrawn;

    public int Planned => Volatile.Read(ref _planned);

    public int Done => Volatile.Read(ref _done);

    public int Missed => _missed.Values.Sum();

    public int HouseLocks => Volatile.Read(ref _houseLocks);

    /// <summary>Spare samples dropped because no turn came before their window passed (no miss: nothing needed them).</summary>
    public int Skipped => Volatile.Read(ref _skipped);

    /// <summary>Samples taken out of the plan before their turn because their show was cancelled or moved (a moved one is planned anew).</summary>
    public int Withdrawn => Volatile.Read(ref _withdrawn);

    /// <summary>Seat-map requests sent, retries and refusals included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public IReadOnlyDictionary<string, int> MissedByReason => _missed.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    public void AddPlanned(int count) => Interlocked.Add(ref _planned, count);

    public void AddDone(bool houseLocked)
    {
        Interlocked.Increment(ref _done);
        if (houseLocked)
        {
            Interlocked.Increment(ref _houseLocks);
        }
    }

    public void AddMissed(string reason) => _missed.AddOrUpdate(reason, 1, (_, n) => n + 1);

    public void AddWithdrawn(int count) => Interlocked.Add(ref _withdrawn, count);

    public void AddSkipped() => Interlocked.Increment(ref _skipped);

    public void AddRequests(int count) => Interlocked.Add(ref _requests, count);
}
