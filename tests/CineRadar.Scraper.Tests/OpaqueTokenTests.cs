using CineRadar.Core.Stores;
using CineRadar.Scraper.Tests.Support;
using CineRadar.Scraper.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary>
/// Tokens that are not JWTs (TIX may hand out others): each gets its configured lifetime from when it was obtained, and
/// scrapers sharing one store refresh under the account's lease, one at a time.
/// </summary>
public sealed class OpaqueTokenTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OpaqueTokensAreReusedUntilTheirConfiguredLifetime()
    {
        using var tix = new FakeTix();
        using var scraper = tix.CreateScraper();
        var tokens = scraper.Services.GetRequiredService<TixTokenService>();
        var loggedInAt = tix.Clock.GetUtcNow();

        var first = await tokens.GetAccessTokenAsync(None);
        tix.Clock.Advance(TimeSpan.FromMinutes(24));
        var stillFirst = await tokens.GetAccessTokenAsync(None);
        var beforeMargin = (tix.Logins, tix.Refreshes);
        tix.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = await tokens.GetAccessTokenAsync(None);
        tix.Clock.Advance(TimeSpan.FromMinutes(24));
        var stillSecond = await tokens.GetAccessTokenAsync(None);

        Assert.Equal(first, stillFirst);
        Assert.Equal((1, 0), beforeMargin);
        Assert.NotEqual(first, second);
        Assert.Equal(second, stillSecond);
        Assert.Equal((1, 1), (tix.Logins, tix.Refreshes));
        var record = (await scraper.Services.GetRequiredService<ITokenStore>().GetAsync())!;
        Assert.Equal(loggedInAt.AddMinutes(26 + 30), record.AccessExpiresAt);
        Assert.Equal(loggedInAt.AddDays(90), record.RefreshExpiresAt);
    }

    [Fact]
    public async Task OpaqueRefreshTokenIsRenewedByALoginOnlyNearItsConfiguredLifetime()
    {
        using var tix = new FakeTix();
        using var scraper = tix.CreateScraper(new Dictionary<string, string?> { ["Tix:RefreshTokenLifetime"] = "60.00:00:00" });
        var tokens = scraper.Services.GetRequiredService<TixTokenService>();
        await tokens.GetAccessTokenAsync(None);

        tix.Clock.Advance(TimeSpan.FromDays(28));
        await tokens.GetAccessTokenAsync(None);
        var beforeRenewal = (tix.Logins, tix.Refreshes);
        tix.Clock.Advance(TimeSpan.FromDays(2));
        await tokens.GetAccessTokenAsync(None);

        // 60 days, renewed by a login when less than Tix:RefreshTokenRenewal (31 days) is left: after 29 days.
        Assert.Equal((1, 1), beforeRenewal);
        Assert.Equal(2, tix.Logins);
    }

    [Fact]
    public async Task TwoScrapersSharingAStoreRefreshOnce()
    {
        using var tix = new FakeTix();
        using var first = tix.CreateScraper();
        using var second = tix.CreateScraper();
        var tokensOfFirst = first.Services.GetRequiredService<TixTokenService>();
        var tokensOfSecond = second.Services.GetRequiredService<TixTokenService>();
        await tokensOfFirst.GetAccessTokenAsync(None);
        tix.Clock.Advance(TimeSpan.FromMinutes(26));
        var refreshing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tix.BeforeRefreshAnswers = () =>
        {
            refreshing.TrySetResult();
            return answer.Task;
        };

        var fromFirst = tokensOfFirst.GetAccessTokenAsync(None);
        await refreshing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var fromSecond = tokensOfSecond.GetAccessTokenAsync(None);
        await tix.AccountLeaseRefused.Task.WaitAsync(TimeSpan.FromSeconds(30));
        answer.SetResult();
        var refreshed = await fromFirst;
        await tix.AdvanceUntilAsync(fromSecond, TixTokenService.LeasePoll);

        Assert.Equal(refreshed, await fromSecond);
        Assert.Equal((1, 1), (tix.Logins, tix.Refreshes));
    }

    [Fact]
    public async Task AScraperStuckInALoginHoldsTheOthersBackForTheConfiguredTokenLeaseOnly()
    {
        using var tix = new FakeTix();
        var settings = new Dictionary<string, string?> { ["Tix:TokenLeaseDuration"] = "00:00:20" };
        using var stuck = tix.CreateScraper(settings);
        using var other = tix.CreateScraper(settings);
        tix.BeforeLoginAnswers = (n, cancellationToken) => n == 1 ? Task.Delay(Timeout.Infinite, cancellationToken) : Task.CompletedTask;
        using var killed = new CancellationTokenSource();

        var neverAnswers = stuck.Services.GetRequiredService<TixTokenService>().GetAccessTokenAsync(killed.Token);
        while (tix.Logins == 0)
        {
            await Task.Delay(10);
        }

        var startedWaiting = tix.Clock.GetUtcNow();
        var fromOther = other.Services.GetRequiredService<TixTokenService>().GetAccessTokenAsync(None);
        await tix.AccountLeaseRefused.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await tix.AdvanceUntilAsync(fromOther, TixTokenService.LeasePoll);
        var waited = tix.Clock.GetUtcNow() - startedWaiting;
        await killed.CancelAsync();

        Assert.Equal("opaque-access-login-2", await fromOther);
        Assert.InRange(waited, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20) + 2 * TixTokenService.LeasePoll);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => neverAnswers);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:01:00")]
    public async Task ATokenLeaseThatIsNotPositiveIsRefusedAtStart(string duration)
    {
        using var tix = new FakeTix();
        using var scraper = tix.CreateScraper(new Dictionary<string, string?> { ["Tix:TokenLeaseDuration"] = duration });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => scraper.StartAsync());

        Assert.Contains("Tix:TokenLeaseDuration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALoginThatFailsInTheBrowserIsTriedAgainWithoutTheServiceClockMoving()
    {
        using var tix = new FakeTix();
        using var scraper = tix.CreateScraper();
        tix.BeforeLoginAnswers = (n, _) => n == 1 ? throw new Microsoft.Playwright.PlaywrightException("Target page, context or browser has been closed") : Task.CompletedTask;
        var before = tix.Clock.GetUtcNow();

        var token = await scraper.Services.GetRequiredService<TixTokenService>().GetAccessTokenAsync(None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("opaque-access-login-2", token);
        Assert.Equal(before, tix.Clock.GetUtcNow());
    }
}
