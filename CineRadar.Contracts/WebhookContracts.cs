namespace CineRadar.Contracts;

/// <summary>
/// A webhook: an operators' one (<see cref="KeyId"/> null) for the scraper's alerts, or a B2B key's for its days.
/// <see cref="Format"/> is one of <see cref="WebhookWords"/>' formats; the signing secret is never shown again.
/// </summary>
public record WebhookDto(
    string Id,
    string? KeyId,
    string Url,
    string Format,
    IReadOnlyList<string> Events,
    string CreatedBy,
    DateTimeOffset CreatedAt);

/// <summary>A webhook just created, with its signing secret: shown this once.</summary>
public sealed record CreatedWebhook(WebhookDto Webhook, string Secret) : WebhookDto(Webhook);

/// <summary>
/// A new webhook: its https URL, the events it wants (B2B keys: <c>day.published</c>, <c>estimates.final</c>; the
/// Admin: <c>alert.raised</c>, optionally <c>alert.resolved</c>), and for the Admin a format (B2B keys get
/// <c>generic</c>).
/// </summary>
public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Format = null);

/// <summary>One event posted to one webhook, with every attempt; <see cref="Status"/> is pending, delivered or failed.</summary>
public sealed record WebhookDeliveryDto(
    string Id,
    string SubscriptionId,
    string? KeyId,
    string Event,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? FinishedAt,
    int? LastStatusCode,
    string? LastError,
    IReadOnlyList<WebhookAttemptDto> Log);

public sealed record WebhookAttemptDto(DateTimeOffset At, int? StatusCode, string? Error, int DurationMs);

/// <summary>The words of webhooks on the wire.</summary>
public static class WebhookWords
{
    public const string AlertRaised = "alert.raised";
    public const string AlertResolved = "alert.resolved";
    public const string DayPublished = "day.published";
    public const string EstimatesFinal = "estimates.final";
    public const string Test = "test";

    public const string Slack = "slack";
    public const string Teams = "teams";
    public const string Generic = "generic";

    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
