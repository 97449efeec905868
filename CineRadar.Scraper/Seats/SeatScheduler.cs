using System.Diagnostics.Metrics;
using CineRadar.Core.Sampling;
using CineRadar.Scraper.Telemetry;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// Takes planned samples earliest deadline first. A sample becomes due when its window opens and is dropped only when
/// its window has passed, TIX says the show started, or TIX refuses it (401) after the token's one refresh; a show TIX
/// no longer knows (404) leaves the plan with all its samples; a failed sample is tried again while its window is open.
/// Spare samples wait in their own queue and are taken only while no other sample is due. Few samples are in flight at
/// once, so the order holds; every request waits for the shared budget inside the HTTP pipeline. Runs on the injected
/// clock, so a whole day can run on a virtual one.
/// </summary>
public sealed class SeatScheduler : IDisposable
{
    private readonly ISeatSampleTaker _taker;
    private readonly SamplingOptions _options;
    private readonly TimeProvider _clock;
    private readonly SamplingStats _stats;
    private readonly SeatTelemetry _telemetry;
    private readonly Lock _gate = new();
    private readonly PriorityQueue<PlannedSample, DateTimeOffset> _waiting = new();
    private readonly PriorityQueue<PlannedSample, DateTimeOffset> _due = new();
    private readonly PriorityQueue<PlannedSample, DateTimeOffset> _spare = new();
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);
    private int _inFlight;

    public SeatScheduler(ISeatSampleTaker taker, IOptions<SamplingOptions> options, TimeProvider clock, SamplingStats stats, SeatTelemetry telemetry)
    {
        _taker = taker;
        _options = options.Value;
        _clock = clock;
        _stats = stats;
        _telemetry = telemetry;
        telemetry.ObserveDue(() => Due);
    }

    /// <summary>Samples (not spare ones) whose window is open and that wait for their turn.</summary>
    public int Due
    {
        get
        {
            lock (_gate)
            {
                return _due.Count;
            }
        }
    }

    /// <summary>Samples not finished yet: waiting for their window, due, or in flight.</summary>
    public int Outstanding
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count + _due.Count + _spare.Count + _inFlight;
            }
        }
    }

    public SamplingStats Stats => _stats;

    /// <summary>Adds samples not planned before; returns how many were new.</summary>
    public int Add(IEnumerable<PlannedSample> samples)
    {
        var added = 0;
        lock (_gate)
        {
            foreach (var sample in samples.Where(s => _known.Add(s.DocumentId)))
            {
                _waiting.Enqueue(sample, sample.OpensAt);
                added++;
            }
        }

        _stats.AddPlanned(added);
        Wake();
        return added;
    }

    /// <summary>
    /// Takes out the samples not yet taken of <paramref name="date"/>'s showtimes that no longer play as planned: those
    /// missing from <paramref name="current"/> (cancelled) and those whose start moved. A moved showtime's samples can be
    /// added again for its new start. Returns how many were taken out.
    /// </summary>
    public int Withdraw(DateOnly date, IReadOnlyDictionary<string, DateTimeOffset> current) =>
        Remove(
            sample => sample.Showtime.Date == date
                      && (!current.TryGetValue(sample.Showtime.ShowtimeId, out var startsAt) || startsAt != sample.Showtime.StartsAt),
            replannable: true);

    /// <summary>
    /// Takes out the samples not yet taken of <paramref name="date"/>'s showtimes that a new plan no longer wants (the
    /// sampling design chose other shows with the reads left); they can be added again. Returns how many.
    /// </summary>
    public int Keep(DateOnly date, IReadOnlySet<string> wanted) =>
        Remove(sample => sample.Showtime.Date == date && !wanted.Contains(sample.DocumentId), replannable: true, withdrawn: false);

    /// <summary>Takes out every sample of a showtime TIX no longer knows; they are not planned again (it stays known).</summary>
    private void WithdrawShowtime(string showtimeId) => Remove(sample => sample.Showtime.ShowtimeId == showtimeId, replannable: false);

    /// <summary>
    /// Takes the samples <paramref name="stale"/> picks out of every queue (counting them <paramref name="withdrawn"/>
    /// when their show no longer plays as planned); a <paramref name="replannable"/> one is forgotten, so that it can be
    /// added again.
    /// </summary>
    private int Remove(Func<PlannedSample, bool> stale, bool replannable, bool withdrawn = true)
    {
        var removedCount = 0;
        lock (_gate)
        {
            foreach (var queue in (PriorityQueue<PlannedSample, DateTimeOffset>[])[_waiting, _due, _spare])
            {
                var removed = queue.UnorderedItems.Where(i => stale(i.Element)).Select(i => i.Element).ToList();
                if (removed.Count == 0)
                {
                    continue;
                }

                var kept = queue.UnorderedItems.Where(i => !stale(i.Element)).ToList();
                queue.Clear();
                queue.EnqueueRange(kept);
                if (replannable)
                {
                    _known.ExceptWith(removed.Select(sample => sample.DocumentId));
                }

                removedCount += removed.Count;
            }

            if (!withdrawn)
            {
                _stats.AddPlanned(-removedCount);
            }
        }

        if (withdrawn)
        {
            _stats.AddWithdrawn(removedCount);
        }

        return removedCount;
    }

    /// <summary>Takes samples until cancelled, or, with <paramref name="untilDrained"/>, until none is left.</summary>
    public async Task RunAsync(bool untilDrained, CancellationToken cancellationToken)
    {
        var inFlight = new List<Task>();
        while (!cancellationToken.IsCancellationRequested)
        {
            PlannedSample? next = null;
            TimeSpan? sleep = null;
            lock (_gate)
            {
                var now = _clock.GetUtcNow();
                while (_waiting.TryPeek(out var waiting, out var at) && at <= now)
                {
                    _waiting.Dequeue();
                    (waiting.Spare ? _spare : _due).Enqueue(waiting, waiting.Deadline);
                }

                while (_due.TryPeek(out var due, out var deadline) && deadline < now)
                {
                    _due.Dequeue();
                    Miss("window passed");
                }

                while (_spare.TryPeek(out var spare, out var deadline) && deadline < now)
                {
                    _spare.Dequeue();
                    Skip(spare);
                }

                if (_inFlight < Math.Max(1, _options.MaxInFlight) && (_due.TryDequeue(out var sample, out _) || _spare.TryDequeue(out sample, out _)))
                {
                    next = sample;
                    _inFlight++;
                }
                else if (untilDrained && _waiting.Count + _due.Count + _spare.Count + _inFlight == 0)
                {
                    break;
                }
                else if (_due.Count + _spare.Count == 0 && _waiting.TryPeek(out _, out var opens))
                {
                    sleep = opens - now;
                }
            }

            if (next is not null)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
                inFlight.Add(TakeAsync(next, cancellationToken));
                continue;
            }

            await WaitAsync(sleep, cancellationToken);
        }

        await Task.WhenAll(inFlight);
    }

    private async Task TakeAsync(PlannedSample sample, CancellationToken cancellationToken)
    {
        try
        {
            var (outcome, reason) = await _taker.TakeAsync(sample, cancellationToken);
            var now = _clock.GetUtcNow();
            switch (outcome)
            {
                case SampleOutcome.Taken:
                    _telemetry.RecordTaken(sample, now);
                    break;
                case SampleOutcome.Started when sample.Spare:
                    Skip(sample);
                    break;
                case SampleOutcome.Started:
                    Miss("show started");
                    break;
                case SampleOutcome.Gone:
                    Miss(reason ?? "not found");
                    WithdrawShowtime(sample.Showtime.ShowtimeId);
                    break;
                case SampleOutcome.NotSent when sample.Spare:
                    Skip(sample);
                    break;
                case SampleOutcome.NotSent:
                    Miss(reason ?? "not sent");
                    break;
                case SampleOutcome.Refused when sample.Spare:
                    Skip(sample);
                    break;
                case SampleOutcome.Refused:
                    Miss(reason ?? "refused");
                    break;
                default:
                    var retryAt = now + _options.RetryDelay;
                    if (retryAt < sample.Deadline)
                    {
                        lock (_gate)
                        {
                            _waiting.Enqueue(sample, retryAt);
                        }
                    }
                    else if (sample.Spare)
                    {
                        Skip(sample);
                    }
                    else
                    {
                        Miss($"failed: {reason}");
                    }

                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
            }

            Wake();
        }
    }

    private void Miss(string reason)
    {
        _stats.AddMissed(reason);
        _telemetry.RecordMissed(reason);
    }

    private void Skip(PlannedSample sample)
    {
        _stats.AddSkipped();
        _telemetry.RecordSkipped(sample);
    }

    private async Task WaitAsync(TimeSpan? sleep, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = _wake.WaitAsync(stop.Token);
        var timer = sleep is { } span ? Task.Delay(span > TimeSpan.Zero ? span : TimeSpan.Zero, _clock, stop.Token) : Task.Delay(Timeout.Infinite, stop.Token);
        await Task.WhenAny(woken, timer);
        // Cancelled in place, not on the thread pool: on a simulated clock nothing may run where the clock cannot see it.
        stop.Cancel();
        try
        {
            await Task.WhenAll(woken, timer);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    public void Dispose() => _wake.Dispose();
}
