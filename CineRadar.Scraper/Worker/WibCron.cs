using System.Runtime.CompilerServices;
using CineRadar.Core.Time;
using Cronos;

namespace CineRadar.Scraper.Worker;

/// <summary>A cron expression in WIB, followed on the injected clock: each occurrence once its time has come.</summary>
public static class WibCron
{
    /// <summary>
    /// Waits for each next occurrence after now and yields it, until cancelled or the expression has none left. An
    /// occurrence missed while the caller was busy is not made up: the next one counts from when it asks again.
    /// </summary>
    public static async IAsyncEnumerable<DateTimeOffset> OccurrencesAsync(
        CronExpression cron, TimeProvider clock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var next = cron.GetNextOccurrence(clock.GetUtcNow(), IndonesianClock.WibTimeZone);
            if (next is null)
            {
                yield break;
            }

            await Task.Delay(next.Value - clock.GetUtcNow(), clock, cancellationToken);
            yield return next.Value;
        }
    }
}
