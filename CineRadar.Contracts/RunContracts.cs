using System.Text.Json.Serialization;

namespace CineRadar.Contracts;

/// <summary>
/// One item of a run (a city, or the publish step), as the Api shows it: <see cref="Status"/> is one of
/// <see cref="RunItemStatuses"/>. A re-sweep's city counts the shows it found <see cref="Added"/>, <see cref="Moved"/>
/// and <see cref="Cancelled"/> (0 for other runs).
/// </summary>
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
    DateTimeOffset? RetryAt = null,
    int Added = 0,
    int Moved = 0,
    int Cancelled = 0);

/// <summary>
/// A run with its progress: city items finished and failed of the total, and every item (the publish step last).
/// <see cref="Kind"/> is one of <see cref="RunKinds"/>, <see cref="Status"/> one of <see cref="RunStatuses"/>.
/// </summary>
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
    [JsonIgnore]
    public bool IsFinished => RunStatuses.HasEnded(Status);

    [JsonIgnore]
    public bool IsHeld => Status == RunStatuses.Held;

    [JsonIgnore]
    public int ProgressPct => ItemsTotal == 0 ? 0 : (int)Math.Round(ItemsFinished * 100.0 / ItemsTotal);
}

/// <summary>Queue a run: <c>kind</c> one of <see cref="RunKinds"/>; all cities when none is named.</summary>
public sealed record QueueRunRequest(string? Kind, IReadOnlyList<string>? Cities = null, string? Date = null, int? Days = null);

/// <summary>
/// When the scraper sweeps by itself: the daily sweep, and the re-sweeps of today's schedules during the day
/// (<see cref="ResweepAt"/> a cron in WIB, null when re-sweeps are off, each within <see cref="ResweepShare"/> of a full
/// sweep's requests).
/// </summary>
public sealed record SweepSchedule(
    string DailySweepAt,
    DateTimeOffset? NextSweepAt,
    bool SamplingEnabled,
    string? ResweepAt = null,
    DateTimeOffset? NextResweepAt = null,
    double ResweepShare = 0);

/// <summary>When the stored TIX tokens expire; never a token.</summary>
public sealed record TokenStatus(
    string PhoneMasked,
    DateTimeOffset? AccessExpiresAt,
    DateTimeOffset? RefreshExpiresAt,
    DateTimeOffset StoredAt,
    DateTimeOffset? LastRefreshAt,
    DateTimeOffset? LastLoginAt);
