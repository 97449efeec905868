using System.Security.Cryptography;
using System.Text;

namespace CineRadar.Core.Operations;

/// <summary>
/// B2B API key secrets: <c>crk_</c> and 32 random letters and digits. Only their SHA-256 is stored (the secrets are
/// random and long, so a fast hash is enough); the first eight characters stay visible to tell keys apart.
/// </summary>
public static class ApiKeySecrets
{
    public const string SecretPrefix = "crk_";
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string NewSecret() => SecretPrefix + RandomNumberGenerator.GetString(Alphabet, 32);

    /// <summary>The SHA-256 of a secret, as bytes (for constant-time comparison).</summary>
    public static byte[] Digest(string secret)
    {
        var digest = new byte[SHA256.HashSizeInBytes];
        Digest(secret, digest);
        return digest;
    }

    /// <summary>The SHA-256 of a secret, written to <paramref name="destination"/> without allocating for a key-sized secret.</summary>
    public static void Digest(ReadOnlySpan<char> secret, Span<byte> destination)
    {
        const int onStack = 1024;
        var length = Encoding.UTF8.GetMaxByteCount(secret.Length);
        var bytes = length <= onStack ? stackalloc byte[onStack] : new byte[length];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(secret, bytes)], destination);
    }

    /// <summary>The SHA-256 of a secret in lower-case hex: what the store keeps and looks keys up by.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(Digest(secret));

    public static string PrefixOf(string secret) => secret.Length <= 8 ? secret : secret[..8];

    /// <summary>A new key record and its secret (which is shown once and never stored).</summary>
    public static (ApiKey Key, string Secret) Create(string name, string role, int requestsPerMinute, string createdBy, DateTimeOffset at)
    {
        var secret = NewSecret();
        var key = new ApiKey($"key_{Guid.NewGuid():N}"[..16], name.Trim(), PrefixOf(secret), Hash(secret), role, requestsPerMinute, createdBy, at, null, null);
        return (key, secret);
    }
}
