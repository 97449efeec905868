using System.Buffers.Text;
using System.Text.Json;

namespace CineRadar.Core.Tokens;

/// <summary>
/// Reads what CineRadar needs from a TIX JWT without validating its signature (TIX validates it; we only schedule
/// around its expiry). Values read from the app's localStorage arrive JSON-quoted; they are unwrapped first.
/// </summary>
public static class JwtToken
{
    /// <summary>Removes the JSON quotes localStorage leaves around a token (<c>"eyJ..."</c> → <c>eyJ...</c>) and spaces.</summary>
    public static string Normalize(string raw)
    {
        var value = raw.Trim();
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            try
            {
                value = JsonSerializer.Deserialize<string>(value) ?? "";
            }
            catch (JsonException)
            {
                value = value[1..^1];
            }
        }

        return value.Trim();
    }

    /// <summary>The token's <c>exp</c> as an instant, or null when the value is not a JWT with a numeric <c>exp</c>.</summary>
    public static DateTimeOffset? ReadExpiry(string raw) => ReadTimeClaim(raw, "exp");

    /// <summary>The token's <c>iat</c> (issued at) as an instant, when present.</summary>
    public static DateTimeOffset? ReadIssuedAt(string raw) => ReadTimeClaim(raw, "iat");

    /// <summary>
    /// When the token stops working: its <c>exp</c>, or, for a token whose <c>exp</c> cannot be read (an opaque token,
    /// not ours to decode), <paramref name="obtainedAt"/> plus the <paramref name="assumedLifetime"/> configured for it.
    /// </summary>
    public static DateTimeOffset ExpiresAt(string raw, DateTimeOffset obtainedAt, TimeSpan assumedLifetime) =>
        ReadExpiry(raw) ?? obtainedAt + assumedLifetime;

    private static DateTimeOffset? ReadTimeClaim(string raw, string claim)
    {
        var parts = Normalize(raw).Split('.');
        if (parts.Length != 3 || parts[1].Length == 0)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(parts[1]);
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty(claim, out var value)
                   && value.ValueKind == JsonValueKind.Number
                   && value.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
