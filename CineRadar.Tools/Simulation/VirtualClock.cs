using System.Collections.Concurrent;

namespace CineRadar.Tools.Simulation;

/// <summary>
/// The clock of a simulated day, which moves only when the code running on it lets it. Code started with
/// <see cref="RunAsync(Func{Task})"/> runs on the clock's own loop (one thread, whose synchronization context every
/// await returns to). The clock stands still while no such code is running (setting up timers from outside the loop
/// costs no simulated time), and moves only when that loop has nothing left to do, no <see cref="Hold"/> is open (every
/// HTTP exchange of a simulation holds one, see <see cref="ClockHoldingHandler"/>), no work is queued on the thread
/// pool and, when it watches the pool (<see cref="VirtualClock(DateTimeOffset, bool)"/>), no pool thread is running
/// either: library code that resumes with <c>ConfigureAwait(false)</c> runs there, out of the loop's sight. Then it
/// jumps to the earliest timer's instant and fires it on the loop. A fast or a slow machine runs the same day; only how
/// long it takes differs.
/// </summary>
/// <remarks>
/// Watching the pool needs a process whose pool threads are all idle when the simulation is (the <c>cineradar</c>
/// command): a test host keeps some of its own threads blocked. Code on the loop must not block on a task (the
/// continuation it waits for would queue behind it), and must not expect simulated time to stand still while it waits
/// on wall-clock timers.
/// </remarks>
public sealed class VirtualClock : TimeProvider, IDisposable
{
    /// <summary>How many quiet looks in a row the clock takes before it moves (a continuation may be on its way).</summary>
    private const int QuietLooks = 3;

    private readonly Lock _gate = new();
    private readonly PriorityQueue<Due, (long At, long Order)> _timers = new();
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _posted = new();
    private readonly ConcurrentQueue<Exception> _failures = new();
    private readonly AutoResetEvent _signal = new(false);
    private readonly Thread _loop;
    private readonly bool _watchesPool;
    private long _now;
    private long _order;
    private int _holds;
    private int _running;
    private volatile bool _disposed;

    /// <param name="start">The instant the clock starts at.</param>
    /// <param name="watchesPool">Whether running pool threads keep the clock too (see the remarks).</param>
    public VirtualClock(DateTimeOffset start, bool watchesPool = false)
    {
        _now = start.UtcTicks;
        _watchesPool = watchesPool;
        _loop = new Thread(Loop) { IsBackground = true, Name = "virtual clock" };
        _loop.Start();
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _now), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _now);

    /// <summary>Runs <paramref name="work"/> on the clock's loop; every await in it comes back to the loop.</summary>
    public Task RunAsync(Func<Task> work) => RunAsync(async () =>
    {
        await work();
        return true;
    });

    /// <inheritdoc cref="RunAsync(Func{Task})"/>
    public Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Increment(ref _running);
        Post(_ => Start(work, done), null);
        return done.Task;
    }

    /// <summary>Stops the clock until the returned scope is disposed; holds nest.</summary>
    public IDisposable Hold()
    {
        Interlocked.Increment(ref _holds);
        return new Release(this);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new VirtualTimer(this, callback, state, dueTime, period);
    }

    public void Dispose()
    {
        _disposed = true;
        Signal();
        if (Thread.CurrentThread != _loop)
        {
            _loop.Join();
            _signal.Dispose();
        }
    }

    private void Start<T>(Func<Task<T>> work, TaskCompletionSource<T> done)
    {
        Task<T> task;
        try
        {
            task = work();
        }
        catch (Exception ex)
        {
            Interlocked.Decrement(ref _running);
            done.SetException(ex);
            return;
        }

        task.ContinueWith(
            t =>
            {
                Interlocked.Decrement(ref _running);
                if (!_failures.IsEmpty)
                {
                    done.SetException(new AggregateException("A callback on the virtual clock's loop failed.", [.. _failures]));
                }
                else if (t.IsCanceled)
                {
                    done.SetCanceled();
                }
                else if (t.Exception is { } failed)
                {
                    done.SetException(failed.InnerExceptions);
                }
                else
                {
                    done.SetResult(t.Result);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void Post(SendOrPostCallback callback, object? state)
    {
        _posted.Enqueue((callback, state));
        Signal();
    }

    private void Loop()
    {
        SynchronizationContext.SetSynchronizationContext(new LoopContext(this));
        var quiet = 0;
        while (!_disposed)
        {
            if (_posted.TryDequeue(out var posted))
            {
                quiet = 0;
                Invoke(posted.Callback, posted.State);
                continue;
            }

            if (Volatile.Read(ref _running) == 0 || Volatile.Read(ref _holds) > 0 || ThreadPool.PendingWorkItemCount > 0 || (_watchesPool && PoolIsRunning()))
            {
                quiet = 0;
                _signal.WaitOne(1);
                continue;
            }

            if (++quiet < QuietLooks)
            {
                Thread.Yield();
                continue;
            }

            quiet = 0;
            if (!FireNext())
            {
                // Nothing is scheduled: the code waits on something outside the clock.
                _signal.WaitOne(1);
            }
        }
    }

    private static bool PoolIsRunning()
    {
        ThreadPool.GetMaxThreads(out var most, out _);
        ThreadPool.GetAvailableThreads(out var available, out _);
        return available < most;
    }

    private void Invoke(SendOrPostCallback callback, object? state)
    {
        try
        {
            callback(state);
        }
        catch (Exception ex)
        {
            _failures.Enqueue(ex);
        }
    }

    /// <summary>Moves to the earliest live timer and fires it on the loop; false when no timer is set.</summary>
    private bool FireNext()
    {
        VirtualTimer timer;
        lock (_gate)
        {
            while (true)
            {
                if (!_timers.TryDequeue(out var due, out var at))
                {
                    return false;
                }

                if (!due.Timer.IsCurrent(due.Version))
                {
                    continue;
                }

                timer = due.Timer;
                if (at.At > _now)
                {
                    Interlocked.Exchange(ref _now, at.At);
                }

                if (timer.Period is { } period)
                {
                    Schedule(due, at.At + period.Ticks);
                }

                break;
            }
        }

        Invoke(static t => ((VirtualTimer)t!).Invoke(), timer);
        return true;
    }

    private void Schedule(Due due, long at)
    {
        _timers.Enqueue(due, (at, _order++));
        Signal();
    }

    private void Signal()
    {
        try
        {
            _signal.Set();
        }
        catch (ObjectDisposedException)
        {
            // The clock is gone; nothing waits for the signal.
        }
    }

    private readonly record struct Due(VirtualTimer Timer, long Version);

    private sealed class LoopContext(VirtualClock clock) : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) => clock.Post(d, state);

        public override void Send(SendOrPostCallback d, object? state) =>
            throw new NotSupportedException("Code on the virtual clock's loop cannot wait for the loop.");

        public override SynchronizationContext CreateCopy() => this;
    }

    private sealed class Release(VirtualClock clock) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0 && Interlocked.Decrement(ref clock._holds) == 0)
            {
                clock.Signal();
            }
        }
    }

    private sealed class VirtualTimer : ITimer
    {
        private readonly VirtualClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private long _version;
        private bool _disposed;

        public VirtualTimer(VirtualClock clock, TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            Change(dueTime, period);
        }

        /// <summary>The period of a periodic timer (read under the clock's lock).</summary>
        public TimeSpan? Period { get; private set; }

        public bool IsCurrent(long version) => !_disposed && version == _version;

        public void Invoke() => _callback(_state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_clock._gate)
            {
                if (_disposed)
                {
                    return false;
                }

                _version++;
                Period = period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan ? period : null;
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    var delay = dueTime > TimeSpan.Zero ? dueTime.Ticks : 0;
                    _clock.Schedule(new Due(this, _version), Interlocked.Read(ref _clock._now) + delay);
                }

                return true;
            }
        }

        public void Dispose()
        {
            lock (_clock._gate)
            {
                _disposed = true;
                _version++;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
