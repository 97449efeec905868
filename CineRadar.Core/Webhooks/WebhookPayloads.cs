using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CineRadar.Core.Webhooks;

/// <summary>
/// A message written in a subscription's format: Slack's <c>{"text": ...}</c>, a Teams MessageCard, or CineRadar's own
/// JSON (<c>event</c>, <c>code</c>, <c>subject</c>, <c>severity</c>, <c>message</c>, <c>at</c>; a day's events
/// <c>date</c>, <c>runId</c> and <c>status</c> instead of the alert's fields).
/// </summary>
public static class WebhookPayloads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(WebhookMessage message, string format) => format switch
    {
        WebhookFormats.Slack => JsonSerializer.Serialize(new { text = Line(message) }, Json),
        WebhookFormats.Teams => JsonSerializer.Serialize(TeamsCard(message), Json),
        WebhookFormats.Generic => JsonSerializer.Serialize(Generic(message), Json),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a webhook format."),
    };

    private static GenericPayload Generic(WebhookMessage m) => new(
        m.Event, m.Code, m.Subject, m.Severity, m.Text, m.At,
        m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.RunId, m.Status);

    private static string Title(WebhookMessage m) => m.Code is { } code
        ? $"CineRadar {m.Severity ?? "info"}: {code}" + (string.IsNullOrEmpty(m.Subject) ? "" : $" ({m.Subject})")
        : $"CineRadar: {m.Event}";

    private static string Line(WebhookMessage m) => $"{Title(m)}: {m.Text}";

    // The MessageCard shape Teams' incoming webhooks document: @type, @context, summary, themeColor, title, text.
    private static Dictionary<string, string> TeamsCard(WebhookMessage m) => new(StringComparer.Ordinal)
    {
        ["@type"] = "MessageCard",
        ["@context"] = "https://schema.org/extensions",
        ["summary"] = Title(m),
        ["themeColor"] = m.Severity switch { "critical" => "D70000", "warning" => "FFA500", _ => "0078D7" },
        ["title"] = Title(m),
        ["text"] = m.Text,
    };

    private sealed record GenericPayload(
        string Event,
        string? Code,
        string? Subject,
        string? Severity,
        string Message,
        DateTimeOffset At,
        string? Date,
        string? RunId,
        string? Status);
}
