namespace CineRadar.Core.Webhooks;

/// <summary>
/// Where CineRadar posts events: an operators' webhook (<see cref="KeyId"/> null) for the scraper's alerts, or a B2B
/// key's webhook for its days. The signing secret is kept only encrypted (<see cref="ProtectedSecret"/>).
/// </summary>
public sealed record WebhookSubscription(
    string Id,
    string? KeyId,
    string Url,
    string Format,
    IReadOnlyList<string> Events,
    string ProtectedSecret,
    string CreatedBy,
    DateTimeOffset CreatedAt)
{
    public bool IsOperators => KeyId is null;

    public bool Wants(string eventName) => Events.Contains(eventName, StringComparer.Ordinal);
}

/// <summary>
/// One event to post to one subscription: the body is written when the event happens, in the subscription's format,
/// and sent as is on every attempt. <see cref="Status"/> is one of <see cref="WebhookDeliveryStatuses"/>.
/// </summary>
public sealed record WebhookDelivery(
    string Id,
    string SubscriptionId,
    string? KeyId,
    string Event,
    string Body,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<WebhookAttempt> Log)
{
    public int Attempts => Log.Count;

    public WebhookAttempt? LastAttempt => Log.Count == 0 ? null : Log[^1];
}

/// <summary>One attempt to post a delivery: the answer's status code, or why there was none, and how long it took.</summary>
public sealed record WebhookAttempt(DateTimeOffset At, int? StatusCode, string? Error, int DurationMs)
{
    public bool Succeeded => StatusCode is >= 200 and < 300 && Error is null;
}

public static class WebhookDeliveryStatuses
{
    /// <summary>Not yet delivered and attempts remain: it is sent at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    public const string Pending = "pending";

    public const string Delivered = "delivered";

    /// <summary>Every attempt failed, or the subscription is gone.</summary>
    public const string Failed = "failed";
}

/// <summary>The events webhooks can subscribe to, as written on the wire.</summary>
public static class WebhookEvents
{
    /// <summary>The scraper raised an alert that was not active (operators' webhooks).</summary>
    public const string AlertRaised = "alert.raised";

    /// <summary>An active alert was resolved (operators' webhooks that asked for it).</summary>
    public const string AlertResolved = "alert.resolved";

    /// <summary>A sweep published a day (success or partial).</summary>
    public const string DayPublished = "day.published";

    /// <summary>A day's estimates are final: see <c>EstimatesFinal</c> in the scraper and docs/api.md.</summary>
    public const string EstimatesFinal = "estimates.final";

    /// <summary>An operator's "Send test".</summary>
    public const string Test = "test";

    public static readonly IReadOnlyList<string> ForOperators = [AlertRaised, AlertResolved];

    public static readonly IReadOnlyList<string> ForKeys = [DayPublished, EstimatesFinal];
}

/// <summary>How a delivery's body is written.</summary>
public static class WebhookFormats
{
    /// <summary>Slack incoming webhook: <c>{"text": ...}</c>.</summary>
    public const string Slack = "slack";

    /// <summary>Microsoft Teams incoming webhook: a MessageCard.</summary>
    public const string Teams = "teams";

    /// <summary>CineRadar's own JSON.</summary>
    public const string Generic = "generic";

    public static readonly IReadOnlyList<string> All = [Slack, Teams, Generic];
}
