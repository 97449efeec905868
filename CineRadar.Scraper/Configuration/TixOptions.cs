using CineRadar.Core.Time;

namespace CineRadar.Scraper.Configuration;

/// <summary>
/// Where TIX is and how hard CineRadar may use it, bound from the <c>Tix</c> section. Configuration, not code, decides
/// where TIX is: the same scraper runs against app.tix.id, the sandbox, or any host that speaks the same contract.
/// </summary>
public sealed class TixOptions
{
    public const string SectionName = "Tix";

    /// <summary><c>tix</c> (real TIX.id) or <c>sandbox</c>; only used to label data.</summary>
    public string Source { get; set; } = "tix";

    /// <summary>The web app the browser drives (guest session, login): <c>https://app.tix.id</c>.</summary>
    public Uri AppUrl { get; set; } = new("https://app.tix.id");

    /// <summary>The JSON API: <c>https://api-b2b.tix.id</c>.</summary>
    public Uri ApiUrl { get; set; } = new("https://api-b2b.tix.id");

    /// <summary>The TIX account's phone number (secret), e.g. <c>+6281234567890</c>.</summary>
    public string? Phone { get; set; }

    /// <summary>The TIX account's password (secret).</summary>
    public string? Password { get; set; }

    /// <summary>Requests per second towards TIX, for every scraper process together.</summary>
    public double RequestsPerSecond { get; set; } = 3;

    /// <summary>
    /// How many scraper processes are expected to run at once. While Redis (which shares the budget between them) cannot
    /// be reached, each process keeps to <see cref="RequestsPerSecond"/> divided by this, so together they stay within it.
    /// </summary>
    public int ExpectedProcesses { get; set; } = 3;

    /// <summary>How many cities one scraper process sweeps at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary><c>api</c> (one browser bootstrap, then direct calls) or <c>browser</c> (click through the app).</summary>
    public SweepMode Mode { get; set; } = SweepMode.Api;

    /// <summary>Schedule pages fetched at most per movie and city.</summary>
    public int MaxSchedulePages { get; set; } = 20;

    /// <summary>Refresh the access token when it has less than this left.</summary>
    public TimeSpan AccessRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Log in afresh when the refresh token (about 91 days) has less than this left.</summary>
    public TimeSpan RefreshTokenRenewal { get; set; } = TimeSpan.FromDays(31);

    /// <summary>
    /// How long an access token whose <c>exp</c> cannot be read (not a JWT, or no numeric <c>exp</c>) is taken to last,
    /// counted from when it was obtained.
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a refresh token whose <c>exp</c> cannot be read is taken to last, counted from when it was obtained.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long the account's lease lasts, under which one process at a time refreshes or logs in: longer than a browser
    /// login with its retry. A process killed in the middle of a login holds the others' token work back this long.
    /// </summary>
    public TimeSpan TokenLeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The zone TIX's <c>display_time</c> is written in: <c>City</c> (the theatre's city, what cinema apps show) or
    /// <c>Wib</c>. The reference does not record it; every reader of TIX times follows this one setting.
    /// </summary>
    public DisplayTimeZoneRule DisplayTimeZone { get; set; } = DisplayTimeZoneRule.City;

    public BrowserOptions Browser { get; set; } = new();

    public RetryOptions Retries { get; set; } = new();

    public bool HasCredentials => !string.IsNullOrWhiteSpace(Phone) && !string.IsNullOrWhiteSpace(Password);
}

/// <summary>How failed requests to TIX (429, 5xx, timeouts, resets) are tried again: exponential backoff with jitter.</summary>
public sealed class RetryOptions
{
    public int MaxAttempts { get; set; } = 6;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}

public enum SweepMode
{
    Api,
    Browser,
}

public sealed class BrowserOptions
{
    /// <summary>The Chromium binary: Debian's real binary, not the <c>/usr/bin/chromium</c> wrapper script.</summary>
    public string ExecutablePath { get; set; } = "/usr/lib/chromium/chromium";

    public bool Headless { get; set; } = true;

    /// <summary>How long the app needs to render after load (TIX's Flutter app: several seconds).</summary>
    public TimeSpan RenderWait { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How long to wait for a page element or an API answer the app triggers.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public string UserAgent { get; set; } = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15";
}
