using CineRadar.Core.Runs;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// A queued seat-sampling run (the Admin's "sample these cities now"): one reading of every bookable showtime of each
/// city that has not started, stored as the <c>adhoc</c> sample, then folded into the day's admissions.
/// </summary>
public sealed class SeatRuns(
    ICatalogStore catalog,
    IRunStore runs,
    ISeatSampleTaker taker,
    ChainPaths chainPaths,
    SampleWriter writer,
    RollupFolder folder,
    TimeProvider clock)
{
    private static readonly SampleKind Adhoc = new(SampleKinds.Adhoc, TimeSpan.FromDays(1), TimeSpan.FromMinutes(1));

    public async Task SampleCityAsync(WorkItemLease lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cityShowtimes = SampledShowtime.From(await catalog.GetSchedulesAsync(lease.Date, cancellationToken))
            .Where(s => s.CityId == lease.Key && s.Bookable && Adhoc.Deadline(s.StartsAt) > now)
            .ToList();
        var showtimes = (await chainPaths.SampleableAsync(cityShowtimes, cancellationToken))
            .OrderBy(s => s.StartsAt)
            .ToList();
        var taken = 0;
        var failures = new List<string>();
        foreach (var showtime in showtimes)
        {
            var (outcome, reason) = await taker.TakeAsync(new PlannedSample(showtime, Adhoc), cancellationToken);
            if (outcome == SampleOutcome.Taken)
            {
                taken++;
            }
            else if (outcome is SampleOutcome.Failed or SampleOutcome.Refused or SampleOutcome.NotSent)
            {
                failures.Add(reason ?? "failed");
            }
        }

        await writer.FlushAsync();
        var outcomeStatus = showtimes.Count == 0 ? WorkItemStatus.Empty
            : taken >= showtimes.Count - failures.Count && failures.Count * 2 <= showtimes.Count ? WorkItemStatus.Ok
            : WorkItemStatus.Failed;
        var note = showtimes.Count == 0 ? "no bookable showtime left today"
            : failures.Count > 0 ? $"{failures.Count} of {showtimes.Count} seat maps failed: {failures[0]}" : null;
        await runs.CompleteAsync(lease, new WorkItemOutcome(outcomeStatus, note, 0, showtimes.Select(s => s.TheatreId).Distinct().Count(), taken, 0), [], cancellationToken);
    }

    public async Task FinishAsync(WorkItemLease publishLease, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(publishLease.RunId, cancellationToken);
        await folder.FoldAsync(publishLease.Date, cancellationToken);
        var failed = run?.ItemsFailed ?? 0;
        var status = failed == 0 ? RunStatus.Success : failed == run!.ItemsTotal ? RunStatus.Failed : RunStatus.Partial;
        await runs.FinishAsync(publishLease, status, failed == 0 ? null : $"{failed} of {run!.ItemsTotal} cities failed", cancellationToken);
    }
}
