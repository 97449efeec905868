using System.Security.Cryptography;
using System.Text;

namespace CineRadar.Api.Security;

/// <summary>
/// The shape of B2B key secrets: <c>crk_</c> and 32 random base62 characters. The store keeps only the SHA-256 of a
/// secret (hex) and its first 8 characters, by which people recognise their key.
/// </summary>
internal static class ApiKeySecrets
{
    public const string SecretPrefix = "crk_";
    public const int RandomLength = 32;
    public const int PrefixLength = 8;

    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string NewSecret() => SecretPrefix + RandomNumberGenerator.GetString(Base62, RandomLength);

    public static string NewId() => "key_" + RandomNumberGenerator.GetString(Base62, 16);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret[..Math.Min(PrefixLength, secret.Length)];
}
