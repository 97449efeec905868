using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CineRadar.TixSandbox.Payloads;

namespace CineRadar.TixSandbox.Auth;

internal enum TokenKind
{
    Guest,
    Access,
    Refresh,
}

internal sealed record TokenClaims(string Subject, TokenKind Kind, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, long Sequence);

/// <summary>
/// Issues and checks the sandbox's JWTs (HS256, with <c>sub</c>, <c>token_type</c>, <c>iat</c>, <c>exp</c> and a
/// sequence <c>jti</c>). Times come from the sandbox clock. Forced expiry makes every token of a kind issued so far
/// invalid.
/// </summary>
internal sealed class TokenService(TokenOptions options, TimeProvider clock)
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Secret);
    private readonly long[] _firstValidSequence = new long[3];
    private long _sequence;

    public string Issue(TokenKind kind, string subject)
    {
        var now = clock.GetUtcNow();
        var lifetime = kind switch
        {
            TokenKind.Access => options.AccessLifetime,
            TokenKind.Refresh => options.RefreshLifetime,
            _ => options.GuestLifetime,
        };
        var payload = JsonPayload.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("iss", "tix-sandbox");
            writer.WriteString("sub", subject);
            writer.WriteString("token_type", kind.ToString().ToLowerInvariant());
            writer.WriteNumber("iat", now.ToUnixTimeSeconds());
            writer.WriteNumber("exp", (now + lifetime).ToUnixTimeSeconds());
            writer.WriteString("jti", Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        });
        using (payload)
        {
            var signingInput = $"{Header}.{Base64Url.EncodeToString(payload.Body)}";
            return $"{signingInput}.{Base64Url.EncodeToString(Sign(signingInput))}";
        }
    }

    /// <summary>The claims of a well-formed, correctly signed token, whatever its expiry; null otherwise.</summary>
    public TokenClaims? Read(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || !Base64Url.IsValid(parts[1]) || !Base64Url.IsValid(parts[2]))
        {
            // A token still wrapped in its JSON quotes from localStorage lands here (the original's universal 401s).
            return null;
        }

        var expected = Sign($"{parts[0]}.{parts[1]}");
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
        {
            return null;
        }

        return ParseClaims(Base64Url.DecodeFromChars(parts[1]));
    }

    /// <summary>Checks a token for use as <paramref name="kinds"/>; the failure message, or null when it is good.</summary>
    public string? Check(TokenClaims? claims, params ReadOnlySpan<TokenKind> kinds)
    {
        if (claims is null)
        {
            return "token is malformed or its signature is invalid";
        }

        if (!kinds.Contains(claims.Kind))
        {
            return $"a {claims.Kind.ToString().ToLowerInvariant()} token is not accepted here";
        }

        if (claims.Sequence < Interlocked.Read(ref _firstValidSequence[(int)claims.Kind]))
        {
            return "token has been revoked";
        }

        return clock.GetUtcNow() >= claims.ExpiresAt ? "token is expired" : null;
    }

    /// <summary>Makes every token of the given kinds issued until now invalid.</summary>
    public void ExpireIssued(bool access, bool refresh, bool guest)
    {
        var next = Interlocked.Read(ref _sequence) + 1;
        if (access)
        {
            Interlocked.Exchange(ref _firstValidSequence[(int)TokenKind.Access], next);
        }

        if (refresh)
        {
            Interlocked.Exchange(ref _firstValidSequence[(int)TokenKind.Refresh], next);
        }

        if (guest)
        {
            Interlocked.Exchange(ref _firstValidSequence[(int)TokenKind.Guest], next);
        }
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, exactly as sent (quotes and all).</summary>
    public static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    private byte[] Sign(string signingInput) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signingInput));

    private static TokenClaims? ParseClaims(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var kind = Enum.Parse<TokenKind>(root.GetProperty("token_type").GetString()!, ignoreCase: true);
            return new TokenClaims(
                root.GetProperty("sub").GetString()!,
                kind,
                DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("iat").GetInt64()),
                DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64()),
                long.Parse(root.GetProperty("jti").GetString()!, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or ArgumentException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
