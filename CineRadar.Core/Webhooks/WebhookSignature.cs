using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CineRadar.Core.Webhooks;

/// <summary>
/// The <c>X-CineRadar-Signature</c> header: <c>t={unix seconds},v1={hex}</c>, where the hex is the HMAC-SHA256, keyed
/// with the subscription's secret (its UTF-8 bytes), of <c>{t}.{body}</c>. Signing the time with the body lets a
/// receiver refuse an old message replayed.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-CineRadar-Signature";

    public static string Sign(string secret, string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Hex(secret, timestamp, body)}";
    }

    /// <summary>True when <paramref name="header"/> signs <paramref name="body"/> with the secret, within the tolerance of now.</summary>
    public static bool Verify(string secret, string body, string header, DateTimeOffset now, TimeSpan tolerance)
    {
        string? timestamp = null;
        var signatures = new List<string>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal))
            {
                timestamp = part[2..];
            }
            else if (part.StartsWith("v1=", StringComparison.Ordinal))
            {
                signatures.Add(part[3..]);
            }
        }

        if (timestamp is null
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Hex(secret, timestamp, body));
        return signatures.Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected));
    }

    /// <summary>A new secret: 32 random bytes, URL-safe base64, with a prefix that says what it is.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hex(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
