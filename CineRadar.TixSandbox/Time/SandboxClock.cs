namespace CineRadar.TixSandbox;

/// <summary>
/// The sandbox's "now": <c>start + (base elapsed × speed) + offset</c>, where the base is the system clock or the
/// <see cref="TimeProvider"/> handed to <see cref="SandboxServer.StartAsync"/> (speed and offset apply on top of it;
/// both default to identity). Timers and delays are not scaled: only <see cref="GetUtcNow"/> is.
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    private readonly TimeProvider _base;
    private readonly Lock _gate = new();
    private DateTimeOffset _anchorBase;
    private DateTimeOffset _anchorSandbox;
    private double _speed;
    private TimeSpan _offset;

    internal SandboxClock(TimeProvider baseClock, TimeSpan offset, double speed)
    {
        _base = baseClock;
        _anchorBase = _anchorSandbox = baseClock.GetUtcNow();
        _offset = offset;
        _speed = speed;
    }

    /// <summary>The unscaled clock underneath (rate limits run on it).</summary>
    internal TimeProvider Base => _base;

    public TimeSpan Offset
    {
        get { lock (_gate) { return _offset; } }
    }

    public double Speed
    {
        get { lock (_gate) { return _speed; } }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return Compute(_base.GetUtcNow());
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Changes the offset and/or the speed; time already elapsed keeps the speed it ran at.</summary>
    public void Set(TimeSpan? offset = null, double? speed = null)
    {
        if (speed is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "The clock's speed must be positive.");
        }

        lock (_gate)
        {
            var baseNow = _base.GetUtcNow();
            _anchorSandbox = _anchorSandbox + (baseNow - _anchorBase) * _speed;
            _anchorBase = baseNow;
            _offset = offset ?? _offset;
            _speed = speed ?? _speed;
        }
    }

    /// <summary>Moves the clock so that it reads <paramref name="now"/> at this instant (keeps the speed).</summary>
    public void SetNow(DateTimeOffset now)
    {
        lock (_gate)
        {
            var current = Compute(_base.GetUtcNow());
            _offset += now - current;
        }
    }

    private DateTimeOffset Compute(DateTimeOffset baseNow) =>
        _anchorSandbox + (baseNow - _anchorBase) * _speed + _offset;
}
