using System.Text.Json.Serialization;

namespace CineRadar.Contracts;

/// <summary>
/// One item of a run (a city, or the publish step), as the Api shows it: <see cref="Status"/> is one of
/// <see cref="RunItemStatuses"/>.
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
    DateTimeOffset? RetryAt = null);

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

public sealed record SweepSchedule(string DailySweepAt, DateTimeOffset? NextSweepAt, bool SamplingEnabled);

/// <summary>When the stored TIX tokens expire; never a token.</summary>
public sealed record TokenStatus(
    string PhoneMasked,
    DateTimeOffset? AccessExpiresAt,
    DateTimeOffset? RefreshExpiresAt,
    DateTimeOffset StoredAt,
    DateTimeOffset? LastRefreshAt,
    DateTimeOffset? LastLoginAt);
