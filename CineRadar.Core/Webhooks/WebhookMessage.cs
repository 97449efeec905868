using System.Globalization;
using CineRadar.Core.Operations;

namespace CineRadar.Core.Webhooks;

/// <summary>
/// What happened, before it is written in a subscription's format. <see cref="Key"/> names the happening itself, so
/// that the same event is delivered to a subscription once however often it is reported.
/// </summary>
public sealed record WebhookMessage(
    string Event,
    string Key,
    DateTimeOffset At,
    string Text,
    string? Code = null,
    string? Subject = null,
    string? Severity = null,
    DateOnly? Date = null,
    string? RunId = null,
    string? Status = null)
{
    public static WebhookMessage AlertRaised(Alert alert) => new(
        WebhookEvents.AlertRaised,
        $"{WebhookEvents.AlertRaised}:{alert.Id}:{alert.FirstRaisedAt.ToUnixTimeMilliseconds()}",
        alert.LastRaisedAt,
        alert.Message,
        alert.Code,
        alert.Subject,
        SeverityWord(alert.Severity));

    public static WebhookMessage AlertResolved(string code, string subject, DateTimeOffset at) => new(
        WebhookEvents.AlertResolved,
        $"{WebhookEvents.AlertResolved}:{Alert.IdFor(code, subject)}:{at.ToUnixTimeMilliseconds()}",
        at,
        $"Resolved: {code}" + (subject.Length == 0 ? "" : $" ({subject})"),
        code,
        subject,
        "info");

    public static WebhookMessage DayPublished(DateOnly date, string runId, string status, DateTimeOffset at) => new(
        WebhookEvents.DayPublished,
        $"{WebhookEvents.DayPublished}:{Day(date)}:{runId}",
        at,
        $"CineRadar published {Day(date)} ({status}).",
        Date: date,
        RunId: runId,
        Status: status);

    public static WebhookMessage EstimatesFinal(DateOnly date, DateTimeOffset at) => new(
        WebhookEvents.EstimatesFinal,
        $"{WebhookEvents.EstimatesFinal}:{Day(date)}",
        at,
        $"CineRadar's admissions estimates for {Day(date)} are final.",
        Date: date);

    public static WebhookMessage Test(string subscriptionId, string by, DateTimeOffset at) => new(
        WebhookEvents.Test,
        $"{WebhookEvents.Test}:{subscriptionId}:{at.ToUnixTimeMilliseconds()}",
        at,
        $"Test message from CineRadar, sent by {by}.",
        "webhook-test",
        subscriptionId,
        "info");

    private static string SeverityWord(AlertSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
