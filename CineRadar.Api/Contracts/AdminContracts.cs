using CineRadar.Core.Operations;
using CineRadar.Core.Runs;

namespace CineRadar.Api.Contracts;

internal sealed record RunItemDto(
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
    DateTimeOffset? RetryAt)
{
    public static RunItemDto From(WorkItem item) => new(
        item.Key, item.Label, RunWords.Status(item.Status), item.Owner, item.LeaseUntil, item.Attempts, item.Reason, item.Movies, item.Theatres,
        item.Showtimes, item.Requests, item.FinishedAt, item.TraceId, item.RetryAt);
}

/// <summary>A run with its progress: city items finished and failed of the total, and every item (the publish step last).</summary>
internal sealed record RunDto(
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
    IReadOnlyList<RunItemDto> Items)
{
    public static RunDto From(ScrapeRun run) => new(
        run.Id, RunWords.Kind(run.Kind), RunWords.Status(run.Status), run.Date, run.Days, run.RequestedBy, run.Trigger, run.CreatedAt, run.StartedAt,
        run.FinishedAt, run.Error, run.TraceId, run.ItemsTotal, run.ItemsFinished, run.ItemsFailed, run.Items.Select(RunItemDto.From).ToList());
}

/// <summary>When the stored TIX tokens expire; never a token.</summary>
internal sealed record TokenStatusDto(
    string PhoneMasked,
    DateTimeOffset? AccessExpiresAt,
    DateTimeOffset? RefreshExpiresAt,
    DateTimeOffset StoredAt,
    DateTimeOffset? LastRefreshAt,
    DateTimeOffset? LastLoginAt)
{
    public static TokenStatusDto From(TixTokenRecord record) => new(
        record.PhoneMasked, record.AccessExpiresAt, record.RefreshExpiresAt, record.StoredAt, record.LastRefreshAt, record.LastLoginAt);
}

/// <summary>A B2B key as people see it: never its secret or hash.</summary>
internal record ApiKeyDto(
    string Id,
    string Name,
    string Prefix,
    string Role,
    int RequestsPerMinute,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public static ApiKeyDto From(ApiKey key) => new(
        key.Id, key.Name, key.Prefix, key.Role, key.RequestsPerMinute, key.CreatedBy, key.CreatedAt, key.RevokedAt, key.LastUsedAt);
}

/// <summary>A key just created, with its secret: shown this once.</summary>
internal sealed record CreatedApiKeyDto(ApiKeyDto Key, string Secret) : ApiKeyDto(Key)
{
    public static CreatedApiKeyDto From(Security.IssuedApiKey issued) => new(ApiKeyDto.From(issued.Key), issued.Secret);
}

internal sealed record AlertDto(
    string Id,
    string Code,
    string Subject,
    string Severity,
    string Message,
    DateTimeOffset FirstRaisedAt,
    DateTimeOffset LastRaisedAt,
    int Occurrences,
    DateTimeOffset? ResolvedAt,
    bool Active)
{
    public static AlertDto From(Alert alert) => new(
        alert.Id, alert.Code, alert.Subject, alert.Severity.ToString().ToLowerInvariant(), alert.Message, alert.FirstRaisedAt, alert.LastRaisedAt,
        alert.Occurrences, alert.ResolvedAt, alert.IsActive);
}

internal sealed record AuditEntryDto(string Id, DateTimeOffset At, string User, string Role, string Action, string Target, string? Detail)
{
    public static AuditEntryDto From(AuditEntry entry) => new(entry.Id, entry.At, entry.User, entry.Role, entry.Action, entry.Target, entry.Detail);
}

internal sealed record SweepScheduleDto(string DailySweepAt, DateTimeOffset? NextSweepAt, bool SamplingEnabled);

/// <summary>Queue a run: <c>kind</c> schedules, seats, token-refresh or token-login; all cities when none is named.</summary>
internal sealed record QueueRunRequest(string? Kind, IReadOnlyList<string>? Cities, string? Date, int? Days);

internal sealed record CreateApiKeyRequest(string? Name, int? RequestsPerMinute);

internal sealed record LocationRequest(double? Latitude, double? Longitude);

/// <summary>
/// A sign-in to the Admin site, as the site saw it: who (the name typed, or the single sign-on's), whether it
/// succeeded and in which role, how (<c>password</c> or <c>sso</c>) and why it was refused. Never a password.
/// </summary>
internal sealed record SignInRecord(string? User, bool? Succeeded, string? Role, string? Method, string? Reason);
