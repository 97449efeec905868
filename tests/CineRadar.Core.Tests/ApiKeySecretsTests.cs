using System.Security.Cryptography;
using System.Text;
using CineRadar.Core.Operations;

namespace CineRadar.Core.Tests;

public sealed class ApiKeySecretsTests
{
    [Theory]
    [InlineData("crk_OjDEcIXVlfdEvC2EyOty2do9rNmtN467")]
    [InlineData("kunci rahasia ☕ bioskop")]
    [InlineData("")]
    public void TheDigestOnTheStackIsTheSha256OfTheSecretsUtf8(string secret)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];

        ApiKeySecrets.Digest(secret, digest);

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), digest.ToArray());
        Assert.Equal(Convert.ToHexStringLower(digest), ApiKeySecrets.Hash(secret));
    }

    [Fact]
    public void ASecretTooLongForTheStackIsDigestedAllTheSame()
    {
        var secret = string.Concat(Enumerable.Repeat("ﾁｹｯﾄ", 400));

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), ApiKeySecrets.Digest(secret));
    }
}
