using CineRadar.Core.Runs;
using CineRadar.Core.Webhooks;

namespace CineRadar.Scraper.Webhooks;

/// <summary>Posts <see cref="WebhookEvents.DayPublished"/> for each day a run published; a failure to post is logged, never the run's.</summary>
public sealed class PublishedDays(WebhookOutbox outbox, TimeProvider clock, ILogger<PublishedDays> logger)
{
    public async Task PostAsync(string runId, IEnumerable<DateOnly> dates, RunStatus status, CancellationToken cancellationToken)
    {
        foreach (var date in dates.Distinct().Order())
        {
            try
            {
                await outbox.PostAsync(WebhookMessage.DayPublished(date, runId, status.ToString().ToLowerInvariant(), clock.GetUtcNow()), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The day-published webhooks of {Date} (run {RunId}) could not be queued", date, runId);
            }
        }
    }
}
