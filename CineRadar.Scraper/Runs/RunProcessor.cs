using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Publishing;
using CineRadar.Scraper.Sweeps;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Runs;

/// <summary>
/// Does one piece of queued work at a time: claims an item under a lease (renewed while it runs), sweeps the city or
/// publishes the run, and records the outcome. Another worker's lease is never overridden; an item whose worker died is
/// claimed again once its lease expires, so a crashed run resumes without duplicates.
/// </summary>
public sealed class RunProcessor(
    IRunStore runs,
    ICatalogSourceProvider sources,
    CitySweeper sweeper,
    RunPublisher publisher,
    IOptions<RunOptions> options,
    TimeProvider clock,
    ILogger<RunProcessor> logger)
{
    private TimeSpan LeaseDuration => options.Value.LeaseDuration;

    /// <summary>Does the next claimable piece of work; false when there is none.</summary>
    public async Task<bool> ProcessNextAsync(string owner, CancellationToken cancellationToken)
    {
        var lease = await runs.ClaimAsync(owner, LeaseDuration, cancellationToken);
        if (lease is null)
        {
            return false;
        }

        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var renewing = new CancellationTokenSource();
        var renewal = KeepLeaseAsync(lease, leaseLost, renewing.Token);
        try
        {
            if (lease.IsPublishStep)
            {
                await publisher.PublishAsync(lease, leaseLost.Token);
            }
            else if (lease.Kind == RunKind.Schedules)
            {
                await SweepAsync(lease, leaseLost.Token);
            }
            else
            {
                await runs.CompleteAsync(lease, WorkItemOutcome.Failed("seat runs are handled by the seat sampler"), [], leaseLost.Token);
            }
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Lost the lease on {Key} of run {RunId}; another worker has it", lease.Key, lease.RunId);
        }
        catch (LeaseLostException)
        {
            logger.LogWarning("Lost the lease on {Key} of run {RunId} before recording it; another worker has it", lease.Key, lease.RunId);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }

        return true;
    }

    private async Task SweepAsync(WorkItemLease lease, CancellationToken cancellationToken)
    {
        var city = CityDirectory.ForItem(lease.Key, lease.Label);
        var dates = Enumerable.Range(0, Math.Max(1, lease.Days)).Select(lease.Date.AddDays).ToList();
        var sweep = await sweeper.SweepAsync(sources.Current, city, dates, cancellationToken);
        await runs.CompleteAsync(lease, sweep.Outcome, sweep.Scrapes, cancellationToken);
    }

    private async Task KeepLeaseAsync(WorkItemLease lease, CancellationTokenSource onLost, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseDuration / 3, clock, stop);
                lease = await runs.RenewAsync(lease, LeaseDuration, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (LeaseLostException)
        {
            await onLost.CancelAsync();
        }
    }
}
