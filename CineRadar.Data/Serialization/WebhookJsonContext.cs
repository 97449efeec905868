using System.Text.Json.Serialization;
using CineRadar.Core.Webhooks;

namespace CineRadar.Data.Serialization;

/// <summary>How the SQLite adapter writes a webhook delivery's attempt log and a subscription's events.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    IgnoreReadOnlyProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<WebhookAttempt>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
