using CineRadar.Core.Catalog;
using CineRadar.Core.Runs;

namespace CineRadar.Core.Stores;

/// <summary>
/// The durable run queue. A run is split into work items (one per city, then a publish step); workers claim items
/// atomically under a lease, so several workers share a run and two never hold the same item. An item whose lease
/// expired (its worker died) can be claimed again, which makes a crashed run resumable.
/// </summary>
public interface IRunStore
{
    /// <summary>Creates a queued run with its city items and its publish step.</summary>
    Task<ScrapeRun> QueueAsync(RunRequest request, IReadOnlyList<RunItemSpec> items, CancellationToken cancellationToken = default);

    Task<ScrapeRun?> GetAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The newest runs first.</summary>
    Task<IReadOnlyList<ScrapeRun>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the next claimable item of the oldest unfinished run: a pending item (once its retry time has come) or one
    /// whose lease expired; a run's publish step only once all its other items have finished. Marks the run running. Null when there is nothing to do.
    /// </summary>
    Task<WorkItemLease?> ClaimAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>Extends a held lease. Throws <see cref="LeaseLostException"/> when another worker holds the item now.</summary>
    Task<WorkItemLease> RenewAsync(WorkItemLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records how a city item ended and stages what it collected (one <see cref="CityScrape"/> per date). Throws
    /// <see cref="LeaseLostException"/> when the lease is no longer held, and then records nothing.
    /// </summary>
    Task CompleteAsync(WorkItemLease lease, WorkItemOutcome outcome, IReadOnlyList<CityScrape> staged, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives a city item that failed back to the queue, claimable again from <paramref name="notBefore"/>: the lease
    /// ends, its attempts and requests are kept and the failure becomes its reason. Throws
    /// <see cref="LeaseLostException"/> when the lease is no longer held, and then records nothing.
    /// </summary>
    Task RetryLaterAsync(WorkItemLease lease, WorkItemOutcome failed, DateTimeOffset notBefore, CancellationToken cancellationToken = default);

    /// <summary>Everything a run's items staged.</summary>
    Task<IReadOnlyList<CityScrape>> GetStagedAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a held run again for publishing: its publish step is pending once more and
    /// <see cref="ScrapeRun.PublishAnyway"/> is set, so the next worker publishes it without the check that held it.
    /// False when there is no such run or it is not held.
    /// </summary>
    Task<bool> PublishAnywayAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes what a run's items staged, once the run is published (a run that was not keeps it, for a look at why).
    /// Nothing staged is no error.
    /// </summary>
    Task DeleteStagedAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes a run's publish step and sets the run's final status. Throws <see cref="LeaseLostException"/> when the
    /// lease on the publish step is no longer held.
    /// </summary>
    Task FinishAsync(WorkItemLease publishLease, RunStatus status, string? error, CancellationToken cancellationToken = default);
}
