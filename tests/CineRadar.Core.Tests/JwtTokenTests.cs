using System.Buffers.Text;
using System.Text;
using CineRadar.Core.Tokens;

namespace CineRadar.Core.Tests;

public sealed class JwtTokenTests
{
    private static string Jwt(string payloadJson) =>
        $"{Encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")}.{Encode(payloadJson)}.c2lnbmF0dXJl";

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void ExpiryIsReadFromTheExpClaim()
    {
        var token = Jwt("{\"sub\":\"6281\",\"iat\":1767225600,\"exp\":1767227400}");
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767227400), JwtToken.ReadExpiry(token));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), JwtToken.ReadIssuedAt(token));
    }

    [Fact]
    public void QuotedLocalStorageValueIsAccepted()
    {
        var token = Jwt("{\"exp\":1767227400}");
        var quoted = $"\"{token}\"";
        Assert.Equal(token, JwtToken.Normalize(quoted));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767227400), JwtToken.ReadExpiry(quoted));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("a.!!!.c")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln")]
    public void UnreadableTokenHasNoExpiry(string token) => Assert.Null(JwtToken.ReadExpiry(token));

    [Fact]
    public void TokenWithoutNumericExpHasNoExpiry()
    {
        Assert.Null(JwtToken.ReadExpiry(Jwt("{\"exp\":\"tomorrow\"}")));
        Assert.Null(JwtToken.ReadExpiry(Jwt("[1,2]")));
    }

    [Fact]
    public void ExpiryIsTheExpClaimOrTheConfiguredLifetimeFromWhenTheTokenWasObtained()
    {
        var obtained = DateTimeOffset.FromUnixTimeSeconds(1767220000);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767227400), JwtToken.ExpiresAt(Jwt("{\"exp\":1767227400}"), obtained, TimeSpan.FromMinutes(30)));
        Assert.Equal(obtained.AddMinutes(30), JwtToken.ExpiresAt("opaque-token-of-another-kind", obtained, TimeSpan.FromMinutes(30)));
        Assert.Equal(obtained.AddDays(90), JwtToken.ExpiresAt(Jwt("{\"sub\":\"no exp\"}"), obtained, TimeSpan.FromDays(90)));
    }
}
