namespace CineRadar.Admin.Services.Contracts;

// The Api's admin section: runs, the TIX token, keys, alerts, locations, cities TIX added, audit and the sweep schedule.

public sealed record RunItem(
    string Key,
    string Label,
    string Status,
    string? Owner,
    DateTimeOffset? LeaseUntil,
    int Attempts,
    string? Reason,
    int Movies,
    int Theatres,
    int Showtimes,
    int Requests,
    DateTimeOffset? FinishedAt,
    string? TraceId,
    DateTimeOffset? RetryAt = null);

public sealed record Run(
    string Id,
    string Kind,
    string Status,
    DateOnly Date,
    int Days,
    string RequestedBy,
    string Trigger,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? TraceId,
    int ItemsTotal,
    int ItemsFinished,
    int ItemsFailed,
    IReadOnlyList<RunItem> Items)
{
    public bool IsFinished => Status is RunStatuses.Success or RunStatuses.Partial or RunStatuses.Failed or RunStatuses.Held;

    public bool IsHeld => Status == RunStatuses.Held;

    public int ProgressPct => ItemsTotal == 0 ? 0 : (int)Math.Round(ItemsFinished * 100.0 / ItemsTotal);
}

/// <summary>The Api's words for run kinds and statuses.</summary>
public static class RunStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Success = "success";
    public const string Partial = "partial";
    public const string Failed = "failed";
    public const string Held = "held";
    public const string ItemFailed = "failed";
}

public static class RunKinds
{
    public const string Schedules = "schedules";
    public const string Seats = "seats";
    public const string TokenRefresh = "token-refresh";
    public const string TokenLogin = "token-login";
}

public sealed record QueueRunRequest(string Kind, IReadOnlyList<string>? Cities = null, string? Date = null, int? Days = null);

public sealed record TokenStatus(
    string PhoneMasked,
    DateTimeOffset? AccessExpiresAt,
    DateTimeOffset? RefreshExpiresAt,
    DateTimeOffset StoredAt,
    DateTimeOffset? LastRefreshAt,
    DateTimeOffset? LastLoginAt);

public sealed record ApiKey(
    string Id,
    string Name,
    string Prefix,
    string Role,
    int RequestsPerMinute,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt);

/// <summary>A key just created: its secret is in this answer only.</summary>
public sealed record CreatedApiKey(string Id, string Name, string Prefix, int RequestsPerMinute, string Secret);

public sealed record CreateApiKeyRequest(string Name, int? RequestsPerMinute);

public sealed record Alert(
    string Id,
    string Code,
    string Subject,
    string Severity,
    string Message,
    DateTimeOffset FirstRaisedAt,
    DateTimeOffset LastRaisedAt,
    int Occurrences,
    DateTimeOffset? ResolvedAt,
    bool Active);

public sealed record AuditEntry(string Id, DateTimeOffset At, string User, string Role, string Action, string Target, string? Detail);

public sealed record SweepSchedule(string DailySweepAt, DateTimeOffset? NextSweepAt, bool SamplingEnabled);

public sealed record LocationRequest(double Latitude, double Longitude);

/// <summary>A city TIX lists beyond CineRadar's table: <see cref="Mapped"/> false while it is unassigned and swept on WIB.</summary>
public sealed record AddedCity(
    string Id,
    string Name,
    string RegionId,
    string Region,
    string TimeZone,
    bool Mapped,
    string? MappedBy,
    DateTimeOffset? MappedAt,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);

public sealed record CityMappingRequest(string Region, string TimeZone);

/// <summary>A sign-in to this site, for the Api's audit trail: never a password.</summary>
public sealed record SignInRecord(string User, bool Succeeded, string? Role, string Method, string? Reason);
