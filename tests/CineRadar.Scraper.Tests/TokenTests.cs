using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Core.Tokens;
using CineRadar.Scraper.Tests.Support;
using CineRadar.Scraper.Tix;
using CineRadar.Scraper.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary>The TIX token lifecycle against the sandbox: login, refresh, dead refresh tokens, failed logins.</summary>
public sealed class TokenTests
{
    [Fact]
    public async Task FirstUseLogsInWithTheBrowserAndStoresBothTokens()
    {
        await using var harness = await ScraperHarness.StartAsync();
        var tokens = harness.Services.GetRequiredService<TixTokenService>();

        var access = await tokens.GetAccessTokenAsync(CancellationToken.None);

        var record = await harness.Services.GetRequiredService<ITokenStore>().GetAsync();
        Assert.NotNull(record);
        Assert.Equal(access, record.AccessToken);
        Assert.DoesNotContain('"', record.AccessToken);
        Assert.Equal(JwtToken.ReadExpiry(access), record.AccessExpiresAt);
        Assert.InRange((record.RefreshExpiresAt!.Value - DateTimeOffset.UtcNow).TotalDays, 80, 92);
        Assert.Equal("+62812****0077", record.PhoneMasked);
        Assert.NotNull(record.LastLoginAt);
        Assert.Equal(access, await tokens.GetAccessTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AccessTokenCloseToExpiryIsRefreshedNotLoggedInAgain()
    {
        await using var harness = await ScraperHarness.StartAsync(new Dictionary<string, string?> { ["Tix:AccessRefreshMargin"] = "00:30:30" });
        var tokens = harness.Services.GetRequiredService<TixTokenService>();
        await tokens.GetAccessTokenAsync(CancellationToken.None);
        var loggedInAt = (await harness.Services.GetRequiredService<ITokenStore>().GetAsync())!.LastLoginAt;

        var second = await tokens.GetAccessTokenAsync(CancellationToken.None);

        Assert.Equal(1, harness.Sandbox.Counters.Total("POST /v1/users/refresh"));
        var record = (await harness.Services.GetRequiredService<ITokenStore>().GetAsync())!;
        Assert.Equal(second, record.AccessToken);
        Assert.NotNull(record.LastRefreshAt);
        Assert.Equal(loggedInAt, record.LastLoginAt);
    }

    [Fact]
    public async Task DeadRefreshTokenLeadsToABrowserLogin()
    {
        await using var harness = await ScraperHarness.StartAsync();
        var tokens = harness.Services.GetRequiredService<TixTokenService>();
        var first = await tokens.GetAccessTokenAsync(CancellationToken.None);
        harness.Sandbox.ExpireTokens(access: true, refresh: true);

        var again = await tokens.RecoverFromRejectionAsync(first, CancellationToken.None);

        Assert.NotEqual(first, again);
        var record = (await harness.Services.GetRequiredService<ITokenStore>().GetAsync())!;
        Assert.Null(record.LastRefreshAt);
        Assert.True(record.LastLoginAt > record.StoredAt.AddSeconds(-1));
    }

    [Fact]
    public async Task RefreshTokenNearItsOwnExpiryIsRenewedByALogin()
    {
        await using var harness = await ScraperHarness.StartAsync(new Dictionary<string, string?> { ["Tix:RefreshTokenRenewal"] = "100.00:00:00" });
        var tokens = harness.Services.GetRequiredService<TixTokenService>();
        var store = harness.Services.GetRequiredService<ITokenStore>();
        await tokens.GetAccessTokenAsync(CancellationToken.None);
        var firstLogin = (await store.GetAsync())!.RefreshToken;

        await tokens.GetAccessTokenAsync(CancellationToken.None);

        Assert.NotEqual(firstLogin, (await store.GetAsync())!.RefreshToken);
    }

    [Fact]
    public async Task AccessTokenRejectedInTheMiddleOfARunIsReplacedOnce()
    {
        await using var harness = await ScraperHarness.StartAsync();
        var tix = harness.Services.GetRequiredService<TixApiClient>();
        // Late in the WIB day no show of today is still ahead: tomorrow's are.
        var today = Core.Time.IndonesianClock.Today(TimeProvider.System);
        var show = new[] { today, today.AddDays(1) }.SelectMany(harness.Sandbox.ShowtimesOn)
            .First(s => s.Listed && s.StartsAt > DateTimeOffset.UtcNow.AddHours(1));
        var path = Core.Reference.Chains.FromMerchant(show.Chain).SeatApiPath!;
        var before = await tix.GetSeatLayoutAsync(path, show.ShowTimeId, CancellationToken.None);
        harness.Sandbox.ExpireTokens(access: true);

        var after = await tix.GetSeatLayoutAsync(path, show.ShowTimeId, CancellationToken.None);

        Assert.Equal(before.Total, after.Total);
        Assert.NotNull((await harness.Services.GetRequiredService<ITokenStore>().GetAsync())!.LastRefreshAt);
    }

    [Fact]
    public async Task FailedLoginRaisesAnAlertAndSaysWhy()
    {
        await using var harness = await ScraperHarness.StartAsync(new Dictionary<string, string?> { ["Tix:Password"] = "wrong-password", ["Tix:Browser:Timeout"] = "00:00:04" });
        var tokens = harness.Services.GetRequiredService<TixTokenService>();

        var error = await Assert.ThrowsAsync<TixLoginException>(() => tokens.GetAccessTokenAsync(CancellationToken.None));

        Assert.Contains("+62812****0077", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("81200000077", error.Message, StringComparison.Ordinal);
        var alert = Assert.Single(await harness.Services.GetRequiredService<IAlertStore>().ListAsync(10));
        Assert.Equal((TixTokenService.LoginFailedAlert, AlertSeverity.Critical, true), (alert.Code, alert.Severity, alert.IsActive));
        Assert.Null(await harness.Services.GetRequiredService<ITokenStore>().GetAsync());
    }

    [Fact]
    public async Task TokenRunsQueuedFromTheAdminRefreshAndLogIn()
    {
        await using var harness = await ScraperHarness.StartAsync();
        var store = harness.Services.GetRequiredService<ITokenStore>();
        var today = Core.Time.IndonesianClock.Today(TimeProvider.System);

        var login = await harness.Runs.QueueAsync(new Core.Runs.RunRequest(Core.Runs.RunKind.TokenLogin, today, [], "dewi", "admin"), [Core.Runs.RunItemSpec.Token]);
        var loggedIn = await harness.WorkUntilFinishedAsync(login.Id, workers: 1);
        var refresh = await harness.Runs.QueueAsync(new Core.Runs.RunRequest(Core.Runs.RunKind.TokenRefresh, today, [], "dewi", "admin"), [Core.Runs.RunItemSpec.Token]);
        var refreshed = await harness.WorkUntilFinishedAsync(refresh.Id, workers: 1);

        Assert.Equal(Core.Runs.RunStatus.Success, loggedIn.Status);
        Assert.Equal(Core.Runs.RunStatus.Success, refreshed.Status);
        Assert.StartsWith("access token expires", refreshed.Cities.Single().Reason, StringComparison.Ordinal);
        Assert.NotNull((await store.GetAsync())!.LastRefreshAt);
    }

    [Theory]
    [InlineData("+6281234567890", "81234567890", "+62812****7890")]
    [InlineData("6281226262626", "81226262626", "+62812****2626")]
    [InlineData("081234567890", "81234567890", "+62812****7890")]
    [InlineData("+62 812-3456-7890", "81234567890", "+62812****7890")]
    [InlineData("81262", "81262", "+62*****")]
    public void PhoneIsNormalisedByPrefixAndMasked(string phone, string national, string masked)
    {
        Assert.Equal(national, TixPhone.National(phone));
        Assert.Equal(masked, TixPhone.Mask(phone));
    }

    [Theory]
    [InlineData("")]
    [InlineData("+62")]
    [InlineData("not a phone")]
    public void NonsensePhoneIsAFormatError(string phone) => Assert.Throws<FormatException>(() => TixPhone.National(phone));
}
