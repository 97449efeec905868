using System.Net;
using System.Text;
using System.Text.Json;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary>JWT lifetimes, the refresh endpoint and forced expiry, on a fake clock.</summary>
public sealed class TokenTests
{
    [Fact]
    public async Task TokensCarryExpiryThirtyMinutesAndNinetyOneDaysAhead()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (access, refresh) = await sandbox.Tix.LoginAsync();

        Assert.Equal(TestSandbox.Morning.AddMinutes(30), ExpiryOf(access));
        Assert.Equal(TestSandbox.Morning.AddDays(91), ExpiryOf(refresh));
        Assert.Equal("access", Claim(access, "token_type"));
        Assert.Equal("refresh", Claim(refresh, "token_type"));
        Assert.Equal(Claim(access, "sub"), Claim(refresh, "sub"));
    }

    [Fact]
    public async Task RefreshGivesANewAccessTokenWithALaterExpiry()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (access, refresh) = await sandbox.Tix.LoginAsync();
        var showtime = Upcoming(sandbox);
        sandbox.Time.Advance(TimeSpan.FromMinutes(31));

        using var expired = await sandbox.Tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, access);
        using var refreshed = await sandbox.Tix.RefreshAsync(refresh);
        var renewed = (await TixClient.JsonAsync(refreshed)).GetProperty("data").GetProperty("token").GetString()!;
        using var layout = await sandbox.Tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, renewed);

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("INVALID_TOKEN", TixClient.ErrorCode(await TixClient.JsonAsync(expired)));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.True(ExpiryOf(renewed) > ExpiryOf(access));
        Assert.Equal(HttpStatusCode.OK, layout.StatusCode);
    }

    [Fact]
    public async Task DeadRefreshTokensAreRefused()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (access, refresh) = await sandbox.Tix.LoginAsync();

        using var accessAsRefresh = await sandbox.Tix.RefreshAsync(access);
        using var quoted = await sandbox.Tix.RefreshAsync(JsonSerializer.Serialize(refresh));
        sandbox.Time.Advance(TimeSpan.FromDays(92));
        using var expired = await sandbox.Tix.RefreshAsync(refresh);

        Assert.All(new[] { accessAsRefresh, quoted, expired }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal("INVALID_TOKEN", TixClient.ErrorCode(await TixClient.JsonAsync(expired)));
    }

    [Fact]
    public async Task ForcedExpiryRevokesIssuedAccessTokensAndOptionallyRefreshTokens()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (access, refresh) = await sandbox.Tix.LoginAsync();
        var showtime = Upcoming(sandbox);

        using (await sandbox.Api.PostAsync("sandbox/tokens/expire", new StringContent("{\"access\":true}", Encoding.UTF8, "application/json")))
        {
        }

        using var revoked = await sandbox.Tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, access);
        using var refreshed = await sandbox.Tix.RefreshAsync(refresh);
        sandbox.Server.ExpireTokens(access: false, refresh: true);
        using var deadRefresh = await sandbox.Tix.RefreshAsync(refresh);

        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, deadRefresh.StatusCode);
    }

    [Fact]
    public async Task LoginWithAWrongPasswordIsRefused()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var request = TixClient.AppRequest(HttpMethod.Post, "v1/users/login", await sandbox.Tix.GuestTokenAsync());
        request.Content = new StringContent($$"""{"phone":"{{sandbox.Server.DemoAccount.Phone}}","password":"wrong"}""", Encoding.UTF8, "application/json");

        using var response = await sandbox.Api.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static DayShowtime Upcoming(TestSandbox sandbox) =>
        sandbox.Server.ShowtimesOn(TestSandbox.Today).First(s => s.Listed && s.StartsAt > TestSandbox.Morning.AddHours(4));

    private static DateTimeOffset ExpiryOf(string jwt) => DateTimeOffset.FromUnixTimeSeconds(Payload(jwt).GetProperty("exp").GetInt64());

    private static string? Claim(string jwt, string name) => Payload(jwt).GetProperty(name).GetString();

    private static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Convert.FromBase64String(part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '='));
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
