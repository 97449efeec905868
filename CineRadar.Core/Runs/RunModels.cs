namespace CineRadar.Core.Runs;

/// <summary>The status words of the original CineRadar's run log, and <see cref="Held"/>.</summary>
public enum RunStatus
{
    Queued,
    Running,
    Success,
    Partial,
    Failed,

    /// <summary>
    /// A sweep whose day looks too thin to publish (far fewer showtimes than the same weekday a week before): nothing is
    /// published, its staged results are kept, and an operator can publish it anyway.
    /// </summary>
    Held,
}

public enum RunKind
{
    /// <summary>A schedule sweep: movies, theatres, rooms, showtimes and prices per city.</summary>
    Schedules,

    /// <summary>Seat sampling: one reading of every bookable showtime of the chosen cities.</summary>
    Seats,

    /// <summary>A new access token through the refresh endpoint (one item, <c>tix</c>).</summary>
    TokenRefresh,

    /// <summary>A browser login to TIX (one item, <c>tix</c>).</summary>
    TokenLogin,

    /// <summary>
    /// A re-sweep of today's schedules during the day: the cities and movies where change is likely, within a share of a
    /// full sweep's requests. Each city's changes (added, moved, cancelled shows) are applied as soon as it is read.
    /// </summary>
    Resweep,
}

public enum WorkItemStatus
{
    Pending,
    Claimed,

    /// <summary>The city answered with movies and schedules.</summary>
    Ok,

    /// <summary>The city answered, with nothing playing.</summary>
    Empty,

    Failed,
}

/// <summary>What someone asked for. An empty city list means every city.</summary>
public sealed record RunRequest(
    RunKind Kind,
    DateOnly Date,
    IReadOnlyList<string> CityIds,
    string RequestedBy,
    string Trigger,
    int Days = 1,
    string? TraceId = null);

/// <summary>A work item to create with a run: its key (a city id) and a label people read (the city name).</summary>
public sealed record RunItemSpec(string Key, string Label)
{
    /// <summary>The one item of a token run.</summary>
    public static readonly RunItemSpec Token = new("tix", "TIX token");
}

/// <summary>
/// A unit of a run, one per city, claimed by one worker at a time under a lease. Every run also has a last item,
/// <see cref="PublishKey"/>, that becomes claimable only when every other item has finished: its holder validates and
/// publishes the run's staged results and sets the run's final status. <see cref="Attempts"/> counts its claims; a
/// city that failed and waits to be tried again is pending with <see cref="RetryAt"/> set and the last failure as
/// its <see cref="Reason"/>. A re-sweep's city counts the shows it found <see cref="Added"/>, <see cref="Moved"/> and
/// <see cref="Cancelled"/>.
/// </summary>
public sealed record WorkItem(
    string RunId,
    string Key,
    string Label,
    WorkItemStatus Status,
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
    int Cancelled = 0)
{
    public const string PublishKey = "publish";

    public bool IsFinished => Status is WorkItemStatus.Ok or WorkItemStatus.Empty or WorkItemStatus.Failed;

    public bool IsPublishStep => Key == PublishKey;
}

/// <summary>
/// A run with its items. <see cref="PublishAnyway"/>: an operator asked for a held run to be published although its
/// day looked too thin.
/// </summary>
public sealed record ScrapeRun(
    string Id,
    RunKind Kind,
    RunStatus Status,
    DateOnly Date,
    int Days,
    string RequestedBy,
    string Trigger,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? TraceId,
    IReadOnlyList<WorkItem> Items,
    bool PublishAnyway = false)
{
    /// <summary>The city items, without the publish step.</summary>
    public IEnumerable<WorkItem> Cities => Items.Where(i => !i.IsPublishStep);

    public int ItemsTotal => Cities.Count();

    public int ItemsFinished => Cities.Count(i => i.IsFinished);

    public int ItemsFailed => Cities.Count(i => i.Status == WorkItemStatus.Failed);

    public bool IsFinished => Status is RunStatus.Success or RunStatus.Partial or RunStatus.Failed or RunStatus.Held;

    /// <summary>Whether what the run collected is published: it ended success or partial.</summary>
    public bool IsPublished => Status is RunStatus.Success or RunStatus.Partial;
}

/// <summary>A held claim on a work item. Completing it fails when the lease has been lost to another worker.</summary>
public sealed record WorkItemLease(string RunId, RunKind Kind, DateOnly Date, int Days, string Key, string Label, string Owner, DateTimeOffset LeaseUntil, int Attempt)
{
    public bool IsPublishStep => Key == WorkItem.PublishKey;
}

/// <summary>How a work item ended; a re-sweep's city also says what changed in its schedules.</summary>
public sealed record WorkItemOutcome(
    WorkItemStatus Status,
    string? Reason,
    int Movies,
    int Theatres,
    int Showtimes,
    int Requests,
    string? TraceId = null,
    int Added = 0,
    int Moved = 0,
    int Cancelled = 0)
{
    public static WorkItemOutcome Failed(string reason, int requests = 0, string? traceId = null) =>
        new(WorkItemStatus.Failed, reason, 0, 0, 0, requests, traceId);
}

/// <summary>The lease on a work item passed to another worker before this one finished.</summary>
public sealed class LeaseLostException(string runId, string key)
    : Exception($"The lease on {key} of run {runId} is held by another worker.")
{
    public string RunId { get; } = runId;

    public string Key { get; } = key;
}
