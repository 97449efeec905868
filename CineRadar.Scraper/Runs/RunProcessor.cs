using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Publishing;
using CineRadar.Scraper.Resweeps;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Sweeps;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Runs;

/// <summary>
/// Does one piece of queued work at a time: claims an item under a lease (renewed while it runs), sweeps the city or
/// publishes the run (or re-reads a city of a re-sweep), and records the outcome. A city whose sweep failed goes back to the queue, after a growing wait,
/// until it has had <see cref="RunOptions.CityAttempts"/>; only then is it reported failed. Another worker's lease is
/// never overridden; an item whose worker died is claimed again once its lease expires, so a crashed run resumes
/// without duplicates.
/// </summary>
public sealed class RunProcessor(
    IRunStore runs,
    ICatalogSourceProvider sources,
    CityDirectory directory,
    CitySweeper sweeper,
    RunPublisher publisher,
    SeatRuns seatRuns,
    Resweeper resweeper,
    TokenRuns tokenRuns,
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
            var work = (lease.Kind, lease.IsPublishStep) switch
            {
                (RunKind.Schedules, true) => publisher.PublishAsync(lease, leaseLost.Token),
                (RunKind.Schedules, false) => SweepAsync(lease, leaseLost.Token),
                (RunKind.Seats, true) => seatRuns.FinishAsync(lease, leaseLost.Token),
                (RunKind.Seats, false) => seatRuns.SampleCityAsync(lease, leaseLost.Token),
                (RunKind.Resweep, true) => resweeper.FinishAsync(lease, leaseLost.Token),
                (RunKind.Resweep, false) => resweeper.ReadCityAsync(lease, leaseLost.Token),
                (_, true) => tokenRuns.FinishAsync(lease, leaseLost.Token),
                _ => tokenRuns.DoAsync(lease, leaseLost.Token),
            };
            await work;
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
        var city = await directory.ForItemAsync(lease.Key, lease.Label, cancellationToken);
        var dates = Enumerable.Range(0, Math.Max(1, lease.Days)).Select(lease.Date.AddDays).ToList();
        var sweep = await sweeper.SweepAsync(sources.Current, city, dates, cancellationToken);
        if (sweep.Outcome.Status == WorkItemStatus.Failed && lease.Attempt < options.Value.CityAttempts)
        {
            var retryAt = clock.GetUtcNow() + options.Value.RetryDelayAfter(lease.Attempt);
            logger.LogWarning("{City} failed on attempt {Attempt} of {Attempts} ({Reason}); it is tried again from {RetryAt:O}",
                lease.Label, lease.Attempt, options.Value.CityAttempts, sweep.Outcome.Reason, retryAt);
            await runs.RetryLaterAsync(lease, sweep.Outcome, retryAt, cancellationToken);
            return;
        }

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
