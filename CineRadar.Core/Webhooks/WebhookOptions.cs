namespace CineRadar.Core.Webhooks;

/// <summary>The <c>Webhooks</c> settings, read by the Api (creating subscriptions) and the scraper (delivering).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>
    /// Development only: lets a subscription post over plain http to loopback or private addresses (a local test
    /// receiver). Off by default, and never set in publish mode.
    /// </summary>
    public bool AllowLocalTargets { get; set; }

    /// <summary>Attempts per delivery, the first included.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; it doubles after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest an attempt may take, from connecting to the last byte read.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How much of an answer is read (for the log); the rest is dropped.</summary>
    public int MaxResponseBytes { get; set; } = 4096;

    /// <summary>Webhooks a B2B key may have.</summary>
    public int MaxSubscriptionsPerKey { get; set; } = 5;

    /// <summary>How often each worker looks for deliveries that are due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a worker holds a claimed delivery; past it another worker may take the delivery.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Deliveries one worker claims at a time.</summary>
    public int ClaimBatch { get; set; } = 10;
}
