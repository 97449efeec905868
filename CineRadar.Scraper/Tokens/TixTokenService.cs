using System.Collections.Concurrent;
using System.Security.Cryptography;
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
/// expires (its JWT <c>exp</c>; a token without a readable <c>exp</c> gets the configured lifetime from when it was
/// obtained), and replaced by a browser login when the refresh token is dead or close to its own expiry. One process
/// at a time refreshes or logs in, under the account's lease in the store; the others wait and read the store again.
/// A failed login raises an alert for the Admin. Tokens and the full phone number are never logged.
/// </summary>
public sealed class TixTokenService(
    ITokenStore store,
    ILeaseStore leases,
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

    /// <summary>How long the login waits, on the machine's clock, before its one more try after a browser error.</summary>
    public static readonly TimeSpan LoginRetryPause = TimeSpan.FromSeconds(5);

    /// <summary>How often a process that waits for another's refresh or login reads the store again.</summary>
    public static readonly TimeSpan LeasePoll = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:tokens:{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<string, bool> _refusedAfterRefresh = new(StringComparer.Ordinal);
    private TixOptions Options => options.Value;

    public void Dispose() => _gate.Dispose();

    /// <summary>The lease under which one process at a time refreshes or logs in this account: <c>tix-token:+62812****7890</c>.</summary>
    public string LeaseName => $"tix-token:{MaskedPhone ?? "default"}";

    /// <summary>A valid access token, refreshing or logging in first when needed.</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(cancellationToken);
        if (record is not null && !NeedsWork(record))
        {
            return record.AccessToken;
        }

        var ensured = await UnderLeaseAsync(r => r is not null && !NeedsWork(r), async r => await EnsureAsync(r, rejectedAccessToken: null, cancellationToken), cancellationToken);
        return ensured!.AccessToken;
    }

    /// <summary>
    /// TIX refused <paramref name="rejectedAccessToken"/>: refreshes (or logs in) unless another caller already did, and
    /// returns the token to retry with. Each access token gets at most one such refresh, and a token that such a
    /// refresh produced gets none (its own 401 is not about the token): then null, and the 401 stands.
    /// </summary>
    public async Task<string?> RecoverFromRejectionAsync(string rejectedAccessToken, CancellationToken cancellationToken)
    {
        if (_refusedAfterRefresh.ContainsKey(rejectedAccessToken))
        {
            return await ReplacementOfAsync(rejectedAccessToken, cancellationToken);
        }

        var recovered = await UnderLeaseAsync(
            r => r is not null && r.AccessToken != rejectedAccessToken && !NeedsWork(r),
            async r =>
            {
                if (r is not null && r.AccessToken != rejectedAccessToken)
                {
                    return await EnsureAsync(r, rejectedAccessToken: null, cancellationToken);
                }

                if (!await ClaimRefreshAsync(rejectedAccessToken, r, cancellationToken))
                {
                    _refusedAfterRefresh.TryAdd(rejectedAccessToken, true);
                    logger.LogWarning(
                        "TIX refused an access token that was already refreshed once after a 401; it is not refreshed again (token {Token})",
                        Fingerprint(rejectedAccessToken));
                    return null;
                }

                var fresh = await EnsureAsync(r, rejectedAccessToken, cancellationToken);
                // A 401 for the token this refresh produced is not about the token: it gets no refresh of its own.
                await ClaimRefreshAsync(fresh.AccessToken, fresh, cancellationToken);
                return fresh;
            },
            cancellationToken);
        return recovered?.AccessToken;
    }

    /// <summary>Refreshes the access token now (the CLI's <c>token refresh</c>).</summary>
    public async Task<TixTokenRecord> RefreshNowAsync(CancellationToken cancellationToken) =>
        (await UnderLeaseAsync(
            _ => false,
            async record => await RefreshAsync(
                                record ?? throw new InvalidOperationException("There is no TIX token yet: run 'cineradar token login' first."),
                                cancellationToken)
                            ?? throw new InvalidOperationException("TIX refused the refresh token: run 'cineradar token login'."),
            cancellationToken))!;

    /// <summary>Logs in with the browser now (the CLI's <c>token login</c>).</summary>
    public async Task<TixTokenRecord> LoginNowAsync(CancellationToken cancellationToken) =>
        (await UnderLeaseAsync(_ => false, async _ => await LoginAsync(cancellationToken), cancellationToken))!;

    public Task<TixTokenRecord?> GetRecordAsync(CancellationToken cancellationToken) => store.GetAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> on the stored record while this process holds the account's lease, unless the record
    /// is already <paramref name="settled"/> (another process did the work): then that record. Waits while another
    /// process holds the lease, reading the store again every <see cref="LeasePoll"/>.
    /// </summary>
    private async Task<TixTokenRecord?> UnderLeaseAsync(
        Func<TixTokenRecord?, bool> settled, Func<TixTokenRecord?, Task<TixTokenRecord?>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var record = await store.GetAsync(cancellationToken);
                if (settled(record))
                {
                    return record;
                }

                if (await leases.TryAcquireAsync(LeaseName, _owner, Options.TokenLeaseDuration, cancellationToken))
                {
                    try
                    {
                        // Another process may have finished between the read above and the lease.
                        record = await store.GetAsync(cancellationToken);
                        return settled(record) ? record : await work(record);
                    }
                    finally
                    {
                        await leases.ReleaseAsync(LeaseName, _owner, CancellationToken.None);
                    }
                }

                logger.LogDebug("Another process is refreshing the TIX token; waiting for it");
                await Task.Delay(LeasePoll, clock, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The stored token when it is not the refused one, or null: a refused token's 401 stands.</summary>
    private async Task<string?> ReplacementOfAsync(string refused, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(cancellationToken);
        return record is not null && record.AccessToken != refused && !NeedsWork(record) ? record.AccessToken : null;
    }

    /// <summary>
    /// Claims the one refresh-after-401 of an access token, for every process: a lease named after the token's
    /// fingerprint, taken by an owner no one else has, so it can be taken once until the token expires.
    /// </summary>
    private Task<bool> ClaimRefreshAsync(string accessToken, TixTokenRecord? record, CancellationToken cancellationToken)
    {
        var left = record is not null && record.AccessToken == accessToken ? AccessExpiry(record) - clock.GetUtcNow() : TimeSpan.Zero;
        var duration = left > TimeSpan.FromMinutes(1) ? left : TimeSpan.FromMinutes(1);
        return leases.TryAcquireAsync($"tix-token-refreshed:{Fingerprint(accessToken)}", Guid.NewGuid().ToString("N"), duration, cancellationToken);
    }

    private bool NeedsWork(TixTokenRecord record)
    {
        var now = clock.GetUtcNow();
        return AccessExpiry(record) - Options.AccessRefreshMargin <= now || RefreshExpiry(record) - Options.RefreshTokenRenewal <= now;
    }

    /// <summary>The stored expiry; for a record stored without one, the token's <c>exp</c> or its configured lifetime.</summary>
    private DateTimeOffset AccessExpiry(TixTokenRecord record) =>
        record.AccessExpiresAt ?? JwtToken.ExpiresAt(record.AccessToken, record.StoredAt, Options.AccessTokenLifetime);

    private DateTimeOffset RefreshExpiry(TixTokenRecord record) =>
        record.RefreshExpiresAt ?? JwtToken.ExpiresAt(record.RefreshToken, record.LastLoginAt ?? record.StoredAt, Options.RefreshTokenLifetime);

    private async Task<TixTokenRecord> EnsureAsync(TixTokenRecord? record, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        if (record is null)
        {
            return await LoginAsync(cancellationToken);
        }

        var now = clock.GetUtcNow();
        if (RefreshExpiry(record) - Options.RefreshTokenRenewal <= now)
        {
            var refreshDead = RefreshExpiry(record) <= now;
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
        if (!accessRejected && AccessExpiry(record) - Options.AccessRefreshMargin > now)
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
            AccessExpiresAt = JwtToken.ExpiresAt(grant.AccessToken, now, Options.AccessTokenLifetime),
            RefreshToken = grant.RefreshToken is { } rotated ? JwtToken.Normalize(rotated) : record.RefreshToken,
            RefreshExpiresAt = grant.RefreshToken is { } r ? JwtToken.ExpiresAt(r, now, Options.RefreshTokenLifetime) : RefreshExpiry(record),
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
        var refreshToken = grant.RefreshToken ?? throw new TixLoginException("The TIX app stored no refresh token after login.");
        var record = new TixTokenRecord(
            JwtToken.Normalize(grant.AccessToken),
            JwtToken.Normalize(refreshToken),
            JwtToken.ExpiresAt(grant.AccessToken, now, Options.AccessTokenLifetime),
            JwtToken.ExpiresAt(refreshToken, now, Options.RefreshTokenLifetime),
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

    private string? MaskedPhone
    {
        get
        {
            try
            {
                return string.IsNullOrWhiteSpace(Options.Phone) ? null : TixPhone.Mask(Options.Phone);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }

    /// <summary>A short, one-way name for a token, for lease names and logs (never the token itself).</summary>
    private static string Fingerprint(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..16];

    private Task RaiseLoginFailedAsync(string message, CancellationToken cancellationToken) =>
        alerts.RaiseAsync(LoginFailedAlert, "tix", AlertSeverity.Critical, message, cancellationToken);
}
