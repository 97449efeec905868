namespace CineRadar.ServiceDefaults;

/// <summary>
/// Whether a process works on its local fallback because a shared dependency (Redis) failed, and the way back: while on
/// the fallback, callers ask for a probe on their way through; at most one runs at a time, in the background, once per
/// <paramref name="probeInterval"/>, and a probe that finds the dependency answering ends the fallback.
/// </summary>
public sealed class FallbackSwitch(TimeSpan probeInterval, TimeProvider clock, Func<Task<bool>> probe)
{
    private readonly Lock _gate = new();
    private bool _onFallback;
    private bool _probing;
    private DateTimeOffset _nextProbe;

    public bool OnFallback
    {
        get
        {
            lock (_gate)
            {
                return _onFallback;
            }
        }
    }

    /// <summary>Switches to the fallback; true only for the call that switched, so that an outage is reported once.</summary>
    public bool FallBack()
    {
        lock (_gate)
        {
            if (_onFallback)
            {
                return false;
            }

            _onFallback = true;
            _nextProbe = clock.GetUtcNow() + probeInterval;
            return true;
        }
    }

    /// <summary>
    /// Starts one background probe when the last one is old enough; callers never wait for it. <paramref name="onBack"/>
    /// runs once when a probe finds the dependency answering, before the fallback ends: whoever sees the shared path
    /// again also sees what the way back records (an outage alert resolved). A probe that fails leaves the fallback as it
    /// was and lets the next one run.
    /// </summary>
    public void ProbeWhenDue(Func<Task> onBack)
    {
        lock (_gate)
        {
            if (!_onFallback || _probing || clock.GetUtcNow() < _nextProbe)
            {
                return;
            }

            _probing = true;
        }

        _ = Task.Run(async () =>
        {
            var back = false;
            try
            {
                back = await probe();
                if (back)
                {
                    await onBack();
                }
            }
            finally
            {
                lock (_gate)
                {
                    _probing = false;
                    _nextProbe = clock.GetUtcNow() + probeInterval;
                    _onFallback &= !back;
                }
            }
        });
    }
}
