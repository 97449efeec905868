using CineRadar.Core.Catalog;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// The run queue on Firestore. Every change to a work item is a commit preconditioned on the <c>updateTime</c> read
/// (or on the item not existing yet), so of two workers racing for an item one commit fails, and that worker reads
/// again and takes another item: two workers never hold the same item.
/// </summary>
internal sealed class FirestoreRunStore(FirestoreClient client, TimeProvider clock) : IRunStore
{
    private const int OpenRunsScanned = 20;
    private const string PublishLabel = "Validate and publish";

    public async Task<ScrapeRun> QueueAsync(RunRequest request, IReadOnlyList<RunItemSpec> items, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(request.RequestedBy, "request.RequestedBy");
        if (items.Count == 0)
        {
            throw new ArgumentException("A run needs at least one item.", nameof(items));
        }

        if (items.Select(i => i.Key).Append(WorkItem.PublishKey).GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"Work item key '{duplicate.Key}' appears twice (or is the reserved publish step).", nameof(items));
        }

        var now = FirestoreTime.Now(clock);
        var runId = RunIds.New(now, request.Kind);
        var workItems = items.Append(new RunItemSpec(WorkItem.PublishKey, PublishLabel))
            .Select(i => new WorkItem(runId, i.Key, i.Label, WorkItemStatus.Pending, null, null, 0, null, 0, 0, 0, 0, null, request.TraceId))
            .ToList();
        var run = new ScrapeRun(runId, request.Kind, RunStatus.Queued, request.Date, Math.Max(1, request.Days), request.RequestedBy,
            request.Trigger, now, null, null, null, request.TraceId, workItems);

        await client.CommitAsync(
            [
                DocumentWrite.Set(FirestoreLayout.Run(runId), RunDocuments.WriteRun(run, request)).IfMissing(),
                .. workItems.Select((item, position) => DocumentWrite.Set(FirestoreLayout.RunItem(runId, item.Key), RunDocuments.WriteItem(item, position)).IfMissing()),
            ],
            cancellationToken);
        return run;
    }

    public async Task<ScrapeRun?> GetAsync(string runId, CancellationToken cancellationToken = default)
    {
        var run = await client.GetAsync(FirestoreLayout.Run(runId), cancellationToken);
        return run is null ? null : RunDocuments.ReadRun(run, await client.ListAsync(FirestoreLayout.RunItems(runId), cancellationToken));
    }

    public async Task<IReadOnlyList<ScrapeRun>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        var runs = await client.QueryAsync(new FirestoreQuery(FirestoreLayout.Runs).OrderBy("created_at", descending: true).Take(limit), cancellationToken);
        var items = await Task.WhenAll(runs.Select(r => client.ListAsync($"{r.Path}/items", cancellationToken)));
        return runs.Select((run, i) => RunDocuments.ReadRun(run, items[i])).ToList();
    }

    public async Task<WorkItemLease?> ClaimAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(owner, "owner");
        return await Optimistic.RunAsync<WorkItemLease?>(async () =>
        {
            var now = FirestoreTime.Now(clock);
            var openRuns = await client.QueryAsync(
                new FirestoreQuery(FirestoreLayout.Runs).WhereIn("status", RunDocuments.OpenStatuses).OrderBy("created_at").Take(OpenRunsScanned),
                cancellationToken);
            if (await FindClaimableAsync(openRuns, now, cancellationToken) is not { } claim)
            {
                return null;
            }

            var (runDocument, run, itemDocument, item) = claim;
            var held = item with { Status = WorkItemStatus.Claimed, Owner = owner, LeaseUntil = now + leaseDuration, Attempts = item.Attempts + 1, RetryAt = null };
            List<DocumentWrite> writes = [ItemWrite(itemDocument, held).IfUnchanged(itemDocument)];
            if (run.Status == RunStatus.Queued)
            {
                writes.Add(DocumentWrite.Merge(
                    runDocument.Path,
                    new Dictionary<string, object?> { ["status"] = Words.Of(RunStatus.Running), ["started_at"] = now },
                    ["status", "started_at"]).IfUnchanged(runDocument));
            }

            await client.CommitAsync(writes, cancellationToken);
            return new WorkItemLease(run.Id, run.Kind, run.Date, run.Days, held.Key, held.Label, owner, held.LeaseUntil!.Value, held.Attempts);
        });
    }

    public async Task<WorkItemLease> RenewAsync(WorkItemLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        var leaseUntil = FirestoreTime.Now(clock) + leaseDuration;
        await UpdateHeldItemAsync(lease, item => [ItemWrite(null, item with { LeaseUntil = leaseUntil })], cancellationToken);
        return lease with { LeaseUntil = leaseUntil };
    }

    public async Task CompleteAsync(WorkItemLease lease, WorkItemOutcome outcome, IReadOnlyList<CityScrape> staged, CancellationToken cancellationToken = default)
    {
        if (lease.IsPublishStep)
        {
            throw new ArgumentException("The publish step ends with FinishAsync.", nameof(lease));
        }

        if (outcome.Status is not (WorkItemStatus.Ok or WorkItemStatus.Empty or WorkItemStatus.Failed))
        {
            throw new ArgumentException($"A work item ends Ok, Empty or Failed, not {outcome.Status}.", nameof(outcome));
        }

        var stagedWrites = staged.SelectMany(s => StagedDocuments.Write(lease.RunId, lease.Key, s)).ToList();
        var movieIds = staged.SelectMany(s => s.Movies).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        var finishedAt = FirestoreTime.Now(clock);
        await UpdateHeldItemAsync(
            lease,
            item =>
            [
                ItemWrite(null, Ended(item, outcome.Status, outcome.Reason, finishedAt) with
                {
                    Movies = outcome.Movies,
                    Theatres = outcome.Theatres,
                    Showtimes = outcome.Showtimes,
                    Requests = item.Requests + outcome.Requests,
                    TraceId = outcome.TraceId ?? item.TraceId,
                    Added = outcome.Added,
                    Moved = outcome.Moved,
                    Cancelled = outcome.Cancelled,
                }, movieIds),
                .. stagedWrites,
            ],
            cancellationToken);
    }

    public async Task RetryLaterAsync(WorkItemLease lease, WorkItemOutcome failed, DateTimeOffset notBefore, CancellationToken cancellationToken = default)
    {
        if (lease.IsPublishStep || failed.Status != WorkItemStatus.Failed)
        {
            throw new ArgumentException("Only a city item that failed is tried again.", nameof(failed));
        }

        await UpdateHeldItemAsync(
            lease,
            item =>
            [
                ItemWrite(null, item with
                {
                    Status = WorkItemStatus.Pending,
                    Owner = null,
                    LeaseUntil = null,
                    RetryAt = notBefore,
                    Reason = failed.Reason,
                    Requests = item.Requests + failed.Requests,
                    TraceId = failed.TraceId ?? item.TraceId,
                }),
            ],
            cancellationToken);
    }

    public async Task<IReadOnlyList<CityScrape>> GetStagedAsync(string runId, CancellationToken cancellationToken = default) =>
        StagedDocuments.Read(await client.ListAsync(FirestoreLayout.RunStaged(runId), cancellationToken));

    public async Task<bool> PublishAnywayAsync(string runId, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(runId, "runId");
        return await Optimistic.RunAsync(async () =>
        {
            var run = await client.GetAsync(FirestoreLayout.Run(runId), cancellationToken);
            if (run is null || run.Fields.String("status") != Words.Of(RunStatus.Held))
            {
                return false;
            }

            var reopened = new Dictionary<string, object?> { ["status"] = Words.Of(RunStatus.Running), ["publish_anyway"] = true, ["finished_at"] = null };
            var pending = new Dictionary<string, object?>
            {
                ["status"] = Words.Of(WorkItemStatus.Pending), ["owner"] = null, ["lease_until"] = null, ["finished_at"] = null,
            };
            await client.CommitAsync(
                [
                    DocumentWrite.Merge(run.Path, reopened, [.. reopened.Keys]).IfUnchanged(run),
                    DocumentWrite.Merge(FirestoreLayout.RunItem(runId, WorkItem.PublishKey), pending, [.. pending.Keys]),
                ],
                cancellationToken);
            return true;
        });
    }

    public async Task DeleteStagedAsync(string runId, CancellationToken cancellationToken = default)
    {
        var staged = await client.QueryAsync(new FirestoreQuery(FirestoreLayout.RunStaged(runId)).Select(), cancellationToken);
        await client.CommitInBatchesAsync(staged.Select(d => (IReadOnlyList<DocumentWrite>)[DocumentWrite.Delete(d.Path)]), cancellationToken);
    }

    public async Task FinishAsync(WorkItemLease publishLease, RunStatus status, string? error, CancellationToken cancellationToken = default)
    {
        if (!publishLease.IsPublishStep)
        {
            throw new ArgumentException("Only the holder of the publish step finishes a run.", nameof(publishLease));
        }

        if (status is not (RunStatus.Success or RunStatus.Partial or RunStatus.Failed or RunStatus.Held))
        {
            throw new ArgumentException($"A run finishes Success, Partial, Failed or Held, not {status}.", nameof(status));
        }

        var finishedAt = FirestoreTime.Now(clock);
        var items = await client.ListAsync(FirestoreLayout.RunItems(publishLease.RunId), cancellationToken);
        var cities = items.Where(i => i.Id != WorkItem.PublishKey).ToList();
        var totals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["status"] = Words.Of(status),
            ["error"] = error,
            ["finished_at"] = finishedAt,
            ["movies"] = cities.SelectMany(i => i.Fields.Strings("movie_ids")).Distinct(StringComparer.Ordinal).Count(),
            ["theatres_total"] = cities.Sum(i => i.Fields.Int("theatres")),
            ["cities"] = cities.Count(i => i.Fields.String("status") == Words.Of(WorkItemStatus.Ok)),
            ["cities_failed"] = cities.Count(i => i.Fields.String("status") == Words.Of(WorkItemStatus.Failed)),
        };
        var itemStatus = status is RunStatus.Failed or RunStatus.Held ? WorkItemStatus.Failed : WorkItemStatus.Ok;
        await UpdateHeldItemAsync(
            publishLease,
            item =>
            [
                ItemWrite(null, Ended(item, itemStatus, error, finishedAt)),
                DocumentWrite.Merge(FirestoreLayout.Run(publishLease.RunId), totals, [.. totals.Keys]),
            ],
            cancellationToken);
    }

    private static WorkItem Ended(WorkItem item, WorkItemStatus status, string? reason, DateTimeOffset finishedAt) =>
        item with { Status = status, Reason = reason, LeaseUntil = null, FinishedAt = finishedAt };

    private static DocumentWrite ItemWrite(StoredDocument? read, WorkItem item, IReadOnlyList<string>? movieIds = null)
    {
        var state = RunDocuments.ItemState(item, movieIds);
        return DocumentWrite.Merge(read?.Path ?? FirestoreLayout.RunItem(item.RunId, item.Key), state, [.. state.Keys]);
    }

    /// <summary>
    /// Commits <paramref name="writes"/> (the first one being the item's) only while <paramref name="lease"/> is held:
    /// same owner and attempt, still claimed (an expired lease nobody took over is still held).
    /// </summary>
    private async Task UpdateHeldItemAsync(WorkItemLease lease, Func<WorkItem, IReadOnlyList<DocumentWrite>> writes, CancellationToken cancellationToken)
    {
        var path = FirestoreLayout.RunItem(lease.RunId, lease.Key);
        await Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            var item = document is null ? null : RunDocuments.ReadItem(document.Fields);
            if (item is null || item.Status != WorkItemStatus.Claimed || item.Owner != lease.Owner || item.Attempts != lease.Attempt)
            {
                throw new LeaseLostException(lease.RunId, lease.Key);
            }

            var planned = writes(item);
            return await client.CommitAsync([planned[0].IfUnchanged(document), .. planned.Skip(1)], cancellationToken);
        });
    }

    private async Task<(StoredDocument RunDocument, ScrapeRun Run, StoredDocument ItemDocument, WorkItem Item)?> FindClaimableAsync(
        IReadOnlyList<StoredDocument> openRuns,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        foreach (var runDocument in openRuns)
        {
            var itemDocuments = await client.ListAsync($"{runDocument.Path}/items", cancellationToken);
            var run = RunDocuments.ReadRun(runDocument, itemDocuments);
            bool Claimable(WorkItem item) =>
                (item.Status == WorkItemStatus.Pending && (item.RetryAt is null || item.RetryAt <= now))
                || (item.Status == WorkItemStatus.Claimed && item.LeaseUntil < now);

            var next = run.Cities.FirstOrDefault(Claimable)
                ?? (run.Cities.All(i => i.IsFinished) ? run.Items.FirstOrDefault(i => i.IsPublishStep && Claimable(i)) : null);
            if (next is not null)
            {
                return (runDocument, run, itemDocuments.Single(d => d.Fields.String("key") == next.Key), next);
            }
        }

        return null;
    }
}
