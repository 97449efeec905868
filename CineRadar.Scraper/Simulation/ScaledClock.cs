using System.Diagnostics;

namespace CineRadar.Scraper.Simulation;

/// <summary>
/// A clock that starts at a chosen instant and runs <c>speed</c> times faster than real time, timers included: the
/// sandbox and the seat sampler share one, so a whole day runs in minutes. It only moves as fast as this process gets
/// to run: it advances in ticks of a thread-pool timer, each worth at most <see cref="MaxStep"/> of real time, so a
/// starved process (a loaded machine, a long pause) sees a slower day instead of a day whose sample windows flew by.
/// <see cref="Hold"/> stops it, for work that must cost no simulated time (starting the hosts).
/// </summary>
public sealed class ScaledClock : TimeProvider, IDisposable
{
    /// <summary>How often the clock ticks, and the most real time one tick may count.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan MaxStep = TimeSpan.FromMilliseconds(25);

    private readonly Lock _gate = new();
    private readonly DateTimeOffset _start;
    private readonly ITimer _ticker;
    private TimeSpan _running;
    private long _lastTick = Stopwatch.GetTimestamp();
    private int _holds;

    public ScaledClock(DateTimeOffset start, double speed)
    {
        _start = start.ToUniversalTime();
        Speed = speed > 0 ? speed : throw new ArgumentOutOfRangeException(nameof(speed), speed, "The speed must be positive.");
        _ticker = System.CreateTimer(_ => Advance(), null, Tick, Tick);
    }

    public double Speed { get; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _start + ((_running + Pending(Stopwatch.GetTimestamp())) * Speed);
        }
    }

    /// <summary>Stops the clock until the returned scope is disposed; holds nest.</summary>
    public IDisposable Hold()
    {
        lock (_gate)
        {
            if (_holds++ == 0)
            {
                Advance(Stopwatch.GetTimestamp());
            }
        }

        return new Release(this);
    }

    public void Dispose() => _ticker.Dispose();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(this, callback, state, dueTime, period);

    /// <summary>The real time a span of this clock's time takes while it runs.</summary>
    internal TimeSpan Real(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, (long)(span.Ticks / Speed)));

    private void Resume()
    {
        lock (_gate)
        {
            if (--_holds == 0)
            {
                _lastTick = Stopwatch.GetTimestamp();
            }
        }
    }

    private void Advance()
    {
        lock (_gate)
        {
            Advance(Stopwatch.GetTimestamp());
        }
    }

    /// <summary>Counts the real time since the last tick (at most <see cref="MaxStep"/>); nothing while held.</summary>
    private void Advance(long now)
    {
        _running += Pending(now);
        _lastTick = now;
    }

    private TimeSpan Pending(long now)
    {
        if (_holds > 0)
        {
            return TimeSpan.Zero;
        }

        var since = Stopwatch.GetElapsedTime(_lastTick, now);
        return since < MaxStep ? since : MaxStep;
    }

    private sealed class Release(ScaledClock clock) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                clock.Resume();
            }
        }
    }

    /// <summary>A real timer that, when it fires before its instant on this clock (the clock was held), waits on.</summary>
    private sealed class ScaledTimer : ITimer
    {
        private readonly Lock _gate = new();
        private readonly ScaledClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _inner;
        private DateTimeOffset? _due;
        private TimeSpan _period;

        public ScaledTimer(ScaledClock clock, TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            _inner = System.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Change(dueTime, period);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                _period = period;
                _due = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + (dueTime > TimeSpan.Zero ? dueTime : TimeSpan.Zero);
                return _inner.Change(_due is null ? Timeout.InfiniteTimeSpan : _clock.Real(dueTime), Timeout.InfiniteTimeSpan);
            }
        }

        public void Dispose() => _inner.Dispose();

        public ValueTask DisposeAsync() => _inner.DisposeAsync();

        private void Fire()
        {
            lock (_gate)
            {
                if (_due is not { } due)
                {
                    return;
                }

                var now = _clock.GetUtcNow();
                if (now < due)
                {
                    // Held clocks move slower than the real timer: check again a little later.
                    _inner.Change(TimeSpan.FromMilliseconds(Math.Max(1, _clock.Real(due - now).TotalMilliseconds)), Timeout.InfiniteTimeSpan);
                    return;
                }

                var periodic = _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero;
                _due = periodic ? now + _period : null;
                if (periodic)
                {
                    _inner.Change(_clock.Real(_period), Timeout.InfiniteTimeSpan);
                }
            }

            _callback(_state);
        }
    }
}
