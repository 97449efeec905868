using System.Diagnostics;

namespace CineRadar.Scraper.Simulation;

/// <summary>
/// A clock that starts at a chosen instant and runs <c>speed</c> times faster than real time, timers included: the
/// sandbox and the seat sampler share one, so a whole day runs in minutes.
/// </summary>
public sealed class ScaledClock(DateTimeOffset start, double speed) : TimeProvider
{
    private readonly long _startedAt = Stopwatch.GetTimestamp();

    public double Speed { get; } = speed > 0 ? speed : throw new ArgumentOutOfRangeException(nameof(speed), speed, "The speed must be positive.");

    public override DateTimeOffset GetUtcNow() => start + (Stopwatch.GetElapsedTime(_startedAt) * Speed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Real(dueTime), Real(period)), this);

    /// <summary>The real time a span of this clock's time takes.</summary>
    internal TimeSpan Real(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, (long)(span.Ticks / Speed)));

    private sealed class ScaledTimer(ITimer inner, ScaledClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Real(dueTime), clock.Real(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
