using System.Collections.Concurrent;
using CineRadar.Core.Webhooks;
using CineRadar.Scraper.Seats;

namespace CineRadar.Scraper.Webhooks;

/// <summary>
/// A day's estimates are final when the seat sampler has saved the day's estimates at an instant after the day's last
/// bookable (not cancelled) show started. Every sampling window closes before a show starts (the last, close, ends one
/// minute before), and a show that has started is never read again, so no later fold changes what that fold saved.
/// The sampler checks after each fold round; when the last show has started and no fold since has saved the day, it
/// folds the day once more, then posts <see cref="WebhookEvents.EstimatesFinal"/> (once per subscription, whichever
/// process posts it).
/// </summary>
public sealed class EstimatesFinal(RollupFolder folder, WebhookOutbox outbox, TimeProvider clock, ILogger<EstimatesFinal> logger)
{
    private readonly ConcurrentDictionary<DateOnly, bool> _posted = new();

    public async Task CheckAsync(IEnumerable<DateOnly> dates, CancellationToken cancellationToken)
    {
        foreach (var date in dates.Where(d => !_posted.ContainsKey(d)))
        {
            try
            {
                await CheckDateAsync(date, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Whether the estimates of {Date} are final could not be checked", date);
            }
        }
    }

    private async Task CheckDateAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var stamp = folder.LastFold(date);
        if (stamp is null)
        {
            await folder.FoldAsync(date, cancellationToken);
            stamp = folder.LastFold(date);
        }

        if (stamp?.LastShowStartsAt is not { } lastStart || clock.GetUtcNow() < lastStart)
        {
            return;
        }

        if (stamp.FoldedAt < lastStart)
        {
            await folder.FoldAsync(date, cancellationToken);
            if (folder.LastFold(date) is not { LastShowStartsAt: { } start, FoldedAt: var foldedAt } || foldedAt < start)
            {
                return;
            }
        }

        await outbox.PostAsync(WebhookMessage.EstimatesFinal(date, clock.GetUtcNow()), cancellationToken);
        _posted[date] = true;
        logger.LogInformation("The estimates of {Date} are final", date);
    }
}
