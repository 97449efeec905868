using CineRadar.Core.Catalog;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Data.Serialization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CineRadar.Data.Sqlite;

/// <summary>
/// The run queue in SQLite. Claims happen inside an immediate (write-locked) transaction, so two processes can never
/// claim the same item; every later write on an item checks the owner and attempt that the lease names.
/// </summary>
internal sealed class SqliteRunStore(SqliteDatabase database, TimeProvider clock) : IRunStore
{
    private static readonly StoreJsonContext Json = StoreJsonContext.Default;

    public async Task<ScrapeRun> QueueAsync(RunRequest request, IReadOnlyList<RunItemSpec> items, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(request.RequestedBy, "request.RequestedBy");
        if (items.Count == 0)
        {
            throw new ArgumentException("A run needs at least one item.", nameof(items));
        }

        var now = clock.GetUtcNow();
        var id = RunIds.New(now, request.Kind);
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(
            """
            INSERT INTO runs (id, kind, status, date, days, requested_by, trigger, created_at, trace_id)
            VALUES (@id, @kind, 'Queued', @date, @days, @requestedBy, @trigger, @createdAt, @traceId)
            """,
            new
            {
                id,
                kind = request.Kind.ToString(),
                date = SqliteText.Date(request.Date),
                days = Math.Max(1, request.Days),
                requestedBy = request.RequestedBy,
                trigger = request.Trigger,
                createdAt = SqliteText.Instant(now),
                traceId = request.TraceId,
            },
            transaction);
        var all = items.Append(new RunItemSpec(WorkItem.PublishKey, "Validate and publish")).ToList();
        for (var position = 0; position < all.Count; position++)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO work_items (run_id, key, label, position, status, attempts, movies, theatres, showtimes, requests)
                VALUES (@id, @key, @label, @position, 'Pending', 0, 0, 0, 0, 0)
                """,
                new { id, key = all[position].Key, label = all[position].Label, position },
                transaction);
        }

        transaction.Commit();
        return (await ReadRunAsync(connection, null, id))!;
    }

    public async Task<ScrapeRun?> GetAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadRunAsync(connection, null, runId);
    }

    public async Task<IReadOnlyList<ScrapeRun>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var runs = (await connection.QueryAsync<RunRow>("SELECT * FROM runs ORDER BY seq DESC LIMIT @limit", new { limit })).ToList();
        var items = (await connection.QueryAsync<ItemRow>(
                "SELECT * FROM work_items WHERE run_id IN @ids ORDER BY position", new { ids = runs.Select(r => r.Id).ToList() }))
            .ToLookup(i => i.RunId, StringComparer.Ordinal);
        return runs.Select(r => r.ToRun(items[r.Id])).ToList();
    }

    public async Task<WorkItemLease?> ClaimAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(owner, "owner");
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        var next = await connection.QuerySingleOrDefaultAsync<ClaimRow>(
            """
            SELECT w.run_id, w.key, w.label, w.attempts, r.kind, r.date, r.days
            FROM work_items w JOIN runs r ON r.id = w.run_id
            WHERE r.status IN ('Queued', 'Running')
              AND ((w.status = 'Pending' AND (w.retry_at IS NULL OR w.retry_at <= @now))
                   OR (w.status = 'Claimed' AND w.lease_until < @now))
              AND (w.key <> @publishKey OR NOT EXISTS (
                    SELECT 1 FROM work_items o
                    WHERE o.run_id = w.run_id AND o.key <> @publishKey AND o.status NOT IN ('Ok', 'Empty', 'Failed')))
            ORDER BY r.seq, w.position
            LIMIT 1
            """,
            new { now = SqliteText.Instant(now), publishKey = WorkItem.PublishKey },
            transaction);
        if (next is null)
        {
            transaction.Commit();
            return null;
        }

        var leaseUntil = now + leaseDuration;
        await connection.ExecuteAsync(
            """
            UPDATE work_items SET status = 'Claimed', owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1, retry_at = NULL
            WHERE run_id = @RunId AND key = @Key
            """,
            new { owner, leaseUntil = SqliteText.Instant(leaseUntil), next.RunId, next.Key },
            transaction);
        await connection.ExecuteAsync(
            "UPDATE runs SET status = 'Running', started_at = coalesce(started_at, @now) WHERE id = @RunId",
            new { now = SqliteText.Instant(now), next.RunId },
            transaction);
        transaction.Commit();
        return new WorkItemLease(
            next.RunId,
            Enum.Parse<RunKind>(next.Kind),
            SqliteText.ToDate(next.Date),
            (int)next.Days,
            next.Key,
            next.Label,
            owner,
            leaseUntil,
            (int)next.Attempts + 1);
    }

    public async Task<WorkItemLease> RenewAsync(WorkItemLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        var leaseUntil = clock.GetUtcNow() + leaseDuration;
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE work_items SET lease_until = @leaseUntil " + HeldBy,
            new { leaseUntil = SqliteText.Instant(leaseUntil), lease.RunId, lease.Key, lease.Owner, lease.Attempt });
        return changed == 1 ? lease with { LeaseUntil = leaseUntil } : throw new LeaseLostException(lease.RunId, lease.Key);
    }

    public async Task CompleteAsync(
        WorkItemLease lease, WorkItemOutcome outcome, IReadOnlyList<CityScrape> staged, CancellationToken cancellationToken = default)
    {
        if (lease.IsPublishStep || outcome.Status is WorkItemStatus.Pending or WorkItemStatus.Claimed)
        {
            throw new ArgumentException("A city item ends as Ok, Empty or Failed; the publish step ends with FinishAsync.", nameof(outcome));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        await EndItemAsync(connection, transaction, lease, outcome);
        await connection.ExecuteAsync(
            "DELETE FROM staged_results WHERE run_id = @RunId AND key = @Key", new { lease.RunId, lease.Key }, transaction);
        foreach (var scrape in staged)
        {
            await connection.ExecuteAsync(
                "INSERT INTO staged_results (run_id, key, date, json) VALUES (@RunId, @Key, @date, @json)",
                new { lease.RunId, lease.Key, date = SqliteText.Date(scrape.Date), json = StoreJson.Write(scrape, Json.CityScrape) },
                transaction);
        }

        transaction.Commit();
    }

    public async Task RetryLaterAsync(WorkItemLease lease, WorkItemOutcome failed, DateTimeOffset notBefore, CancellationToken cancellationToken = default)
    {
        if (lease.IsPublishStep || failed.Status != WorkItemStatus.Failed)
        {
            throw new ArgumentException("Only a city item that failed is tried again.", nameof(failed));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            """
            UPDATE work_items SET status = 'Pending', owner = NULL, lease_until = NULL, retry_at = @retryAt, reason = @Reason,
                requests = requests + @Requests, trace_id = coalesce(@TraceId, trace_id)
            """ + " " + HeldBy,
            new
            {
                retryAt = SqliteText.Instant(notBefore),
                failed.Reason,
                failed.Requests,
                failed.TraceId,
                lease.RunId,
                lease.Key,
                lease.Owner,
                lease.Attempt,
            });
        if (changed != 1)
        {
            throw new LeaseLostException(lease.RunId, lease.Key);
        }
    }

    public async Task<IReadOnlyList<CityScrape>> GetStagedAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.QueryAsync<string>(
            """
            SELECT s.json FROM staged_results s JOIN work_items w ON w.run_id = s.run_id AND w.key = s.key
            WHERE s.run_id = @runId ORDER BY w.position, s.date
            """,
            new { runId });
        return json.Select(j => StoreJson.Read(j, Json.CityScrape)).ToList();
    }

    public async Task<bool> PublishAnywayAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        var reopened = await connection.ExecuteAsync(
            "UPDATE runs SET status = 'Running', publish_anyway = 1, finished_at = NULL WHERE id = @runId AND status = 'Held'",
            new { runId },
            transaction);
        if (reopened == 1)
        {
            await connection.ExecuteAsync(
                "UPDATE work_items SET status = 'Pending', owner = NULL, lease_until = NULL, finished_at = NULL WHERE run_id = @runId AND key = @publishKey",
                new { runId, publishKey = WorkItem.PublishKey },
                transaction);
        }

        transaction.Commit();
        return reopened == 1;
    }

    public async Task DeleteStagedAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM staged_results WHERE run_id = @runId", new { runId });
    }

    public async Task FinishAsync(WorkItemLease publishLease, RunStatus status, string? error, CancellationToken cancellationToken = default)
    {
        if (!publishLease.IsPublishStep || status is RunStatus.Queued or RunStatus.Running)
        {
            throw new ArgumentException("A run finishes through its publish step, as Success, Partial, Failed or Held.", nameof(status));
        }

        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        var itemStatus = status is RunStatus.Failed or RunStatus.Held ? WorkItemStatus.Failed : WorkItemStatus.Ok;
        await EndItemAsync(connection, transaction, publishLease, new WorkItemOutcome(itemStatus, error, 0, 0, 0, 0));
        await connection.ExecuteAsync(
            "UPDATE runs SET status = @status, finished_at = @now, error = @error WHERE id = @RunId",
            new { status = status.ToString(), now = SqliteText.Instant(now), error, publishLease.RunId },
            transaction);
        transaction.Commit();
    }

    private const string HeldBy = "WHERE run_id = @RunId AND key = @Key AND owner = @Owner AND attempts = @Attempt AND status = 'Claimed'";

    private async Task EndItemAsync(SqliteConnection connection, SqliteTransaction transaction, WorkItemLease lease, WorkItemOutcome outcome)
    {
        var changed = await connection.ExecuteAsync(
            """
            UPDATE work_items SET status = @status, reason = @Reason, movies = @Movies, theatres = @Theatres,
                showtimes = @Showtimes, requests = requests + @Requests, finished_at = @now, trace_id = coalesce(@TraceId, trace_id),
                lease_until = NULL, added = @Added, moved = @Moved, cancelled = @Cancelled
            """ + " " + HeldBy,
            new
            {
                status = outcome.Status.ToString(),
                outcome.Reason,
                outcome.Movies,
                outcome.Theatres,
                outcome.Showtimes,
                outcome.Requests,
                outcome.TraceId,
                outcome.Added,
                outcome.Moved,
                outcome.Cancelled,
                now = SqliteText.Instant(clock.GetUtcNow()),
                lease.RunId,
                lease.Key,
                lease.Owner,
                lease.Attempt,
            },
            transaction);
        if (changed != 1)
        {
            throw new LeaseLostException(lease.RunId, lease.Key);
        }
    }

    private static async Task<ScrapeRun?> ReadRunAsync(SqliteConnection connection, SqliteTransaction? transaction, string runId)
    {
        var run = await connection.QuerySingleOrDefaultAsync<RunRow>("SELECT * FROM runs WHERE id = @runId", new { runId }, transaction);
        if (run is null)
        {
            return null;
        }

        var items = await connection.QueryAsync<ItemRow>(
            "SELECT * FROM work_items WHERE run_id = @runId ORDER BY position", new { runId }, transaction);
        return run.ToRun(items);
    }

    private sealed class ClaimRow
    {
        public string RunId { get; set; } = "";

        public string Key { get; set; } = "";

        public string Label { get; set; } = "";

        public long Attempts { get; set; }

        public string Kind { get; set; } = "";

        public string Date { get; set; } = "";

        public long Days { get; set; }
    }

    private sealed class RunRow
    {
        public string Id { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Status { get; set; } = "";

        public string Date { get; set; } = "";

        public long Days { get; set; }

        public string RequestedBy { get; set; } = "";

        public string Trigger { get; set; } = "";

        public string CreatedAt { get; set; } = "";

        public string? StartedAt { get; set; }

        public string? FinishedAt { get; set; }

        public string? Error { get; set; }

        public string? TraceId { get; set; }

        public long PublishAnyway { get; set; }

        public ScrapeRun ToRun(IEnumerable<ItemRow> items) => new(
            Id,
            Enum.Parse<RunKind>(Kind),
            Enum.Parse<RunStatus>(Status),
            SqliteText.ToDate(Date),
            (int)Days,
            RequestedBy,
            Trigger,
            SqliteText.ToInstant(CreatedAt),
            SqliteText.ToInstantOrNull(StartedAt),
            SqliteText.ToInstantOrNull(FinishedAt),
            Error,
            TraceId,
            items.Select(i => i.ToItem()).ToList(),
            PublishAnyway != 0);
    }

    private sealed class ItemRow
    {
        public string RunId { get; set; } = "";

        public string Key { get; set; } = "";

        public string Label { get; set; } = "";

        public string Status { get; set; } = "";

        public string? Owner { get; set; }

        public string? LeaseUntil { get; set; }

        public long Attempts { get; set; }

        public string? Reason { get; set; }

        public long Movies { get; set; }

        public long Theatres { get; set; }

        public long Showtimes { get; set; }

        public long Requests { get; set; }

        public string? FinishedAt { get; set; }

        public string? TraceId { get; set; }

        public string? RetryAt { get; set; }

        public long Added { get; set; }

        public long Moved { get; set; }

        public long Cancelled { get; set; }

        public WorkItem ToItem() => new(
            RunId,
            Key,
            Label,
            Enum.Parse<WorkItemStatus>(Status),
            Owner,
            SqliteText.ToInstantOrNull(LeaseUntil),
            (int)Attempts,
            Reason,
            (int)Movies,
            (int)Theatres,
            (int)Showtimes,
            (int)Requests,
            SqliteText.ToInstantOrNull(FinishedAt),
            TraceId,
            SqliteText.ToInstantOrNull(RetryAt),
            (int)Added,
            (int)Moved,
            (int)Cancelled);
    }
}
