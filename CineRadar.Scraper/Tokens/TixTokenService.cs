using System.Text;
using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;
using CineRadar.Core.Tokens;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Telemetry;
using CineRadar.Scraper.Tix;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace CineRadar.Scraper.Tokens;

/// <summary>
/// Keeps a usable TIX access token: read from the store, refreshed through <c>POST /v1/users/refresh</c> before it
/// expires (its JWT <c>exp</c>, never an assumed lifetime), and replaced by a browser login when the refresh token is
/// dead or close to its own expiry. A failed login raises an alert for the Admin. Tokens and the full phone number are
/// never logged.
/// </summary>
public sealed class TixTokenService(
    ITokenStore store,
    ITixAuthApi auth,
    IBrowserLogin browserLogin,
    IAlertStore alerts,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<TixOptions> options,
    TimeProvider clock,
    ScraperTelemetry telemetry,
    ILogger<TixTokenService> logger) : IDisposable
{
    public const string LoginFailedAlert = "tix-login-failed";

    /// <summary>The named pipeline the browser login runs in (one more try after a browser error).</summary>
    public const string LoginPipeline = "tix-login";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private TixOptions Options => options.Value;

    public void Dispose() => _gate.Dispose();

    /// <summary>A valid access token, refreshing or logging in first when needed.</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(cancellationToken);
        if (record is not null && !NeedsWork(record))
        {
            return record.AccessToken;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            record = await store.GetAsync(cancellationToken);
            return (await EnsureAsync(record, rejectedAccessToken: null, cancellationToken)).AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// TIX refused <paramref name="rejectedAccessToken"/>: refreshes (or logs in) unless another caller already did,
    /// and returns the token to retry with.
    /// </summary>
    public async Task<string> RecoverFromRejectionAsync(string rejectedAccessToken, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var record = await store.GetAsync(cancellationToken);
            if (record is not null && record.AccessToken != rejectedAccessToken && !NeedsWork(record))
            {
                return record.AccessToken;
            }

            return (await EnsureAsync(record, rejectedAccessToken, cancellationToken)).AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Refreshes the access token now (the CLI's <c>token refresh</c>).</summary>
    public async Task<TixTokenRecord> RefreshNowAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var record = await store.GetAsync(cancellationToken)
                         ?? throw new InvalidOperationException("There is no TIX token yet: run 'cineradar token login' first.");
            return await RefreshAsync(record, cancellationToken)
                   ?? throw new InvalidOperationException("TIX refused the refresh token: run 'cineradar token login'.");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Logs in with the browser now (the CLI's <c>token login</c>).</summary>
    public async Task<TixTokenRecord> LoginNowAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await LoginAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task<TixTokenRecord?> GetRecordAsync(CancellationToken cancellationToken) => store.GetAsync(cancellationToken);

    private bool NeedsWork(TixTokenRecord record)
    {
        var now = clock.GetUtcNow();
        return JwtToken.ExpiresWithin(record.AccessToken, now, Options.AccessRefreshMargin)
               || JwtToken.ExpiresWithin(record.RefreshToken, now, Options.RefreshTokenRenewal);
    }

    private async Task<TixTokenRecord> EnsureAsync(TixTokenRecord? record, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        if (record is null)
        {
            return await LoginAsync(cancellationToken);
        }

        var now = clock.GetUtcNow();
        if (JwtToken.ExpiresWithin(record.RefreshToken, now, Options.RefreshTokenRenewal))
        {
            var refreshDead = JwtToken.ExpiresWithin(record.RefreshToken, now, TimeSpan.Zero);
            try
            {
                return await LoginAsync(cancellationToken);
            }
            catch (TixLoginException) when (!refreshDead)
            {
                // The alert is raised; the old refresh token still works for now.
            }
        }

        var accessRejected = rejectedAccessToken is not null && record.AccessToken == rejectedAccessToken;
        if (!accessRejected && !JwtToken.ExpiresWithin(record.AccessToken, now, Options.AccessRefreshMargin))
        {
            return record;
        }

        return await RefreshAsync(record, cancellationToken) ?? await LoginAsync(cancellationToken);
    }

    /// <summary>A new access token through the refresh endpoint, or null when TIX refuses the refresh token.</summary>
    private async Task<TixTokenRecord?> RefreshAsync(TixTokenRecord record, CancellationToken cancellationToken)
    {
        using var body = new StringContent("", Encoding.UTF8, "application/json");
        using var response = await auth.RefreshAsync($"Bearer {record.RefreshToken}", body, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if ((int)response.StatusCode is 401 or 403)
        {
            telemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("outcome", "refused"));
            logger.LogWarning("TIX refused the refresh token ({Status}); a browser login follows", (int)response.StatusCode);
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            telemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("outcome", "error"));
            var error = TixPayloads.ReadError(bytes);
            throw new TixRequestException(TixEndpoints.Refresh, (int)response.StatusCode, error?.Code, error?.Message);
        }

        var grant = TixPayloads.ParseToken(bytes);
        var now = clock.GetUtcNow();
        var refreshed = record with
        {
            AccessToken = JwtToken.Normalize(grant.AccessToken),
            AccessExpiresAt = JwtToken.ReadExpiry(grant.AccessToken),
            RefreshToken = grant.RefreshToken is { } rotated ? JwtToken.Normalize(rotated) : record.RefreshToken,
            RefreshExpiresAt = grant.RefreshToken is { } r ? JwtToken.ReadExpiry(r) : record.RefreshExpiresAt,
            StoredAt = now,
            LastRefreshAt = now,
        };
        await store.SaveAsync(refreshed, cancellationToken);
        telemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("outcome", "ok"));
        logger.LogInformation("TIX access token refreshed; it expires at {ExpiresAt:u}", refreshed.AccessExpiresAt);
        return refreshed;
    }

    private async Task<TixTokenRecord> LoginAsync(CancellationToken cancellationToken)
    {
        if (!Options.HasCredentials)
        {
            await RaiseLoginFailedAsync("No TIX phone and password are configured (Tix:Phone, Tix:Password).", cancellationToken);
            throw new TixLoginException("No TIX phone and password are configured (Tix:Phone, Tix:Password).");
        }

        var masked = TixPhone.Mask(Options.Phone!);
        logger.LogInformation("Logging in to TIX in the browser as {Phone}", masked);
        TixTokenGrant grant;
        try
        {
            grant = await pipelines.GetPipeline(LoginPipeline).ExecuteAsync(
                async ct => await browserLogin.LoginAsync(Options.Phone!, Options.Password!, ct), cancellationToken);
        }
        catch (Exception ex) when (ex is TixLoginException or TimeoutException or Microsoft.Playwright.PlaywrightException)
        {
            telemetry.Logins.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            await RaiseLoginFailedAsync($"TIX login as {masked} failed: {ex.Message}", cancellationToken);
            throw new TixLoginException($"TIX login as {masked} failed: {ex.Message}", ex);
        }

        var now = clock.GetUtcNow();
        var record = new TixTokenRecord(
            JwtToken.Normalize(grant.AccessToken),
            JwtToken.Normalize(grant.RefreshToken ?? throw new TixLoginException("The TIX app stored no refresh token after login.")),
            JwtToken.ReadExpiry(grant.AccessToken),
            JwtToken.ReadExpiry(grant.RefreshToken),
            masked,
            now,
            LastRefreshAt: null,
            LastLoginAt: now);
        await store.SaveAsync(record, cancellationToken);
        await alerts.ResolveAsync(LoginFailedAlert, "tix", cancellationToken);
        telemetry.Logins.Add(1, new KeyValuePair<string, object?>("outcome", "ok"));
        logger.LogInformation("TIX login succeeded; the refresh token expires at {ExpiresAt:u}", record.RefreshExpiresAt);
        return record;
    }

    private Task RaiseLoginFailedAsync(string message, CancellationToken cancellationToken) =>
        alerts.RaiseAsync(LoginFailedAlert, "tix", AlertSeverity.Critical, message, cancellationToken);
}
