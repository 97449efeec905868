using CineRadar.Core.Catalog;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace CineRadar.Scraper.Publishing;

/// <summary>
/// A run's publish step: validate what its cities staged (against the same weekday a week before, unless an operator
/// asked to publish anyway), then write it (idempotently: ids come from the data), bump the data version, tell readers,
/// set the run's final status: success, partial (some cities failed), failed (refused) or held, and drop the staged
/// results of a run that was published (those of one that was not stay, to show why or to be published anyway).
/// </summary>
public sealed class RunPublisher(
    IRunStore runs,
    ICatalogStore catalog,
    DataChangeAnnouncer changes,
    DayValidator validator,
    UnknownsReporter unknowns,
    CityFailureAlerts cityAlerts,
    DayVerdictAlerts dayAlerts,
    Webhooks.PublishedDays publishedDays,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<Configuration.TixOptions> tix,
    TimeProvider clock,
    ILogger<RunPublisher> logger)
{
    public const string CommitPipeline = "store-commit";

    public async Task<RunStatus> PublishAsync(WorkItemLease publishLease, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(publishLease.RunId, cancellationToken)
                  ?? throw new InvalidOperationException($"Run {publishLease.RunId} disappeared.");
        var staged = await runs.GetStagedAsync(run.Id, cancellationToken);
        var verdict = validator.Check(run, staged, run.PublishAnyway ? null : await LastWeekShowtimesAsync(run, cancellationToken));
        if (!verdict.Publishable)
        {
            var (ending, word) = verdict.Kind == VerdictKind.Hold ? (RunStatus.Held, "held") : (RunStatus.Failed, "not published");
            logger.LogWarning("Run {RunId} is {Verdict}: {Problem}", run.Id, word, verdict.Problem);
            await runs.FinishAsync(publishLease, ending, $"{word}: {verdict.Problem}", cancellationToken);
            await dayAlerts.ReportAsync(run, verdict, cancellationToken);
            return ending;
        }

        var commit = pipelines.GetPipeline(CommitPipeline);
        var scrapedAt = clock.GetUtcNow();
        foreach (var day in staged.GroupBy(s => s.Date).OrderBy(d => d.Key))
        {
            var publication = new CatalogPublication(day.Key, scrapedAt, run.Id, day.ToList(), tix.Value.Source);
            await commit.ExecuteAsync(async ct => await catalog.PublishAsync(publication, ct), cancellationToken);
        }

        var version = await commit.ExecuteAsync(async ct => await changes.AnnounceAsync(ct), cancellationToken);
        await unknowns.ReportAsync(staged, cancellationToken);

        var failed = run.Cities.Where(c => c.Status == WorkItemStatus.Failed).ToList();
        var status = failed.Count == 0 ? RunStatus.Success : RunStatus.Partial;
        var note = failed.Count == 0
            ? null
            : $"{failed.Count} of {run.ItemsTotal} cities failed: " + string.Join("; ", failed.Take(5).Select(c => $"{c.Label} ({c.Reason})"))
              + (failed.Count > 5 ? "; …" : "");
        await runs.FinishAsync(publishLease, status, note, cancellationToken);
        await cityAlerts.ReportAsync(run, cancellationToken);
        await dayAlerts.ReportAsync(run, verdict, cancellationToken);
        await publishedDays.PostAsync(run.Id, staged.Select(s => s.Date), status, cancellationToken);
        await commit.ExecuteAsync(async ct => await runs.DeleteStagedAsync(run.Id, ct), cancellationToken);
        logger.LogInformation("Run {RunId} published {Days} day(s) from {Cities} cities as data version {Version}: {Status}",
            run.Id, staged.Select(s => s.Date).Distinct().Count(), staged.Select(s => s.CityId).Distinct().Count(), version, status);
        return status;
    }

    /// <summary>The showtimes published for the same weekday a week before the run's first date, in the run's cities.</summary>
    private async Task<int> LastWeekShowtimesAsync(ScrapeRun run, CancellationToken cancellationToken)
    {
        var cities = run.Cities.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var weekBefore = await catalog.GetSchedulesAsync(run.Date.AddDays(-7), cancellationToken);
        return weekBefore.SelectMany(m => m.Theatres).Where(t => cities.Contains(t.CityId)).Sum(t => t.ShowtimeCount);
    }
}
