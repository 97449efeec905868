namespace CineRadar.Core.Webhooks;

/// <summary>When a failed delivery is tried again: the first retry delay, doubled after each further failure, capped.</summary>
public static class WebhookBackoff
{
    /// <summary>The wait after <paramref name="failedAttempts"/> failed attempts (1 or more).</summary>
    public static TimeSpan After(int failedAttempts, WebhookOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var delay = options.FirstRetryDelay.TotalMilliseconds * factor;
        return delay >= options.MaxRetryDelay.TotalMilliseconds ? options.MaxRetryDelay : TimeSpan.FromMilliseconds(delay);
    }
}
