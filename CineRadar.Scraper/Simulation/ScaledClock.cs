using System.Diagnostics;

namespace CineRadar.Scraper.Simulation;

/// <summary>
/// A clock that starts at a chosen instant and runs <c>speed</c> times faster than real time, timers included: the
/// sandbox and the seat sampler share one, so a whole day runs in minutes. <see cref="Hold"/> stops it while work the
/// simulation must not be charged for is under way, so that a busy machine does not make the day look busier.
/// </summary>
public sealed class ScaledClock(DateTimeOffset start, double speed) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private TimeSpan _heldTotal;
    private long _heldSince;
    private int _holds;

    public double Speed { get; } = speed > 0 ? speed : throw new ArgumentOutOfRangeException(nameof(speed), speed, "The speed must be positive.");

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            var running = Stopwatch.GetElapsedTime(_startedAt, _holds > 0 ? _heldSince : Stopwatch.GetTimestamp()) - _heldTotal;
            return start + (running * Speed);
        }
    }

    /// <summary>Stops the clock until the returned scope is disposed; holds nest.</summary>
    public IDisposable Hold()
    {
        lock (_gate)
        {
            if (_holds++ == 0)
            {
                _heldSince = Stopwatch.GetTimestamp();
            }
        }

        return new Release(this);
    }

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
                _heldTotal += Stopwatch.GetElapsedTime(_heldSince);
            }
        }
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
