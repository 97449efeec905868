using CineRadar.Core.Sampling;
using CineRadar.Scraper.Budget;
using CineRadar.ServiceDefaults;
using StackExchange.Redis;

namespace CineRadar.Scraper.SeatReads;

/// <summary>
/// The count shared through Redis, which keeps counting while Redis cannot be reached: the process then counts on its
/// own, within its share of what was left (what remained under the limit at the last count it knew, divided by the
/// expected number of processes, so that all of them together stay within it), checks Redis again every
/// <see cref="ProbeInterval"/>, and adds what it counted meanwhile to the shared count when Redis is back.
/// </summary>
public sealed class SharedSeatReadCounter : ISeatReadCounter
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(10);

    private readonly RedisSeatReadCounter _shared;
    private readonly IConnectionMultiplexer _redis;
    private readonly int _expectedProcesses;
    private readonly FallbackSwitch _outage;
    private readonly ILogger<SharedSeatReadCounter> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<(DateOnly, SeatReadPurpose), long> _lastShared = [];
    private readonly Dictionary<(DateOnly, SeatReadPurpose), long> _unshared = [];
    private readonly Dictionary<(DateOnly, SeatReadPurpose), (long Used, long? Allowance)> _local = [];

    public SharedSeatReadCounter(IConnectionMultiplexer redis, int expectedProcesses, TimeProvider clock, ILogger<SharedSeatReadCounter> logger)
    {
        _redis = redis;
        _shared = new RedisSeatReadCounter(redis);
        _expectedProcesses = Math.Max(1, expectedProcesses);
        _outage = new FallbackSwitch(ProbeInterval, clock, AnswersAsync);
        _logger = logger;
    }

    /// <summary>True while Redis cannot be reached and this process counts on its own.</summary>
    public bool OnLocalCount => _outage.OnFallback;

    public Task<(bool Taken, long Used)> TryTakeAsync(DateOnly day, SeatReadPurpose purpose, long? limit, long floor, CancellationToken cancellationToken) =>
        CountAsync(day, purpose, limit, floor, take: true);

    public async Task<long> UsedAsync(DateOnly day, SeatReadPurpose purpose, long floor, CancellationToken cancellationToken) =>
        (await CountAsync(day, purpose, limit: null, floor, take: false)).Used;

    private async Task<(bool Taken, long Used)> CountAsync(DateOnly day, SeatReadPurpose purpose, long? limit, long floor, bool take)
    {
        var key = (day, purpose);
        if (!OnLocalCount)
        {
            long unshared;
            lock (_gate)
            {
                unshared = _unshared.GetValueOrDefault(key);
            }

            try
            {
                var result = await _shared.TakeAsync(day, purpose, limit, floor, unshared, take);
                lock (_gate)
                {
                    _unshared[key] = _unshared.GetValueOrDefault(key) - unshared;
                    _lastShared[key] = result.Used;
                    // Counted together again: an outage's own counts are done with, and the next outage starts afresh.
                    _local.Clear();
                }

                return result;
            }
            catch (Exception ex) when (IsRedisFailure(ex))
            {
                if (_outage.FallBack())
                {
                    _logger.LogWarning(ex, "Redis cannot be reached: seat reads are counted by this process alone, within its share of the day's cap, until it is back");
                }
            }
        }

        _outage.ProbeWhenDue(OnRedisBackAsync);
        return CountLocally(key, limit, floor, take);
    }

    private (bool Taken, long Used) CountLocally((DateOnly, SeatReadPurpose) key, long? limit, long floor, bool take)
    {
        lock (_gate)
        {
            if (!_local.TryGetValue(key, out var local))
            {
                var known = Math.Max(_lastShared.GetValueOrDefault(key), floor);
                local = (known, limit is { } l ? known + Math.Max(0, l - known) / _expectedProcesses : null);
            }

            var used = Math.Max(local.Used, floor);
            var taken = take && (local.Allowance is not { } allowance || used < allowance);
            if (taken)
            {
                used++;
                _unshared[key] = _unshared.GetValueOrDefault(key) + 1;
            }

            _local[key] = (used, local.Allowance);
            return (taken, used);
        }
    }

    private static bool IsRedisFailure(Exception ex) => RedisProbe.IsFailure(ex);

    private Task<bool> AnswersAsync() => RedisProbe.AnswersAsync(_redis);

    private Task OnRedisBackAsync()
    {
        _logger.LogInformation("Redis is back: seat reads are counted for every process again");
        return Task.CompletedTask;
    }
}
