using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Views;
using CineRadar.Core.Runs;
using CineRadar.Core.Seats;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Reads;

/// <summary>
/// How current the data is: the version, the last published sweep (a failed or held one published nothing), the last
/// seat reading and today's coverage.
/// </summary>
internal sealed class FreshnessReads(VersionedCache cache, DataVersionMonitor versions, IRunStore runs, DayViews days)
{
    /// <summary>How many of the newest runs are searched for the last published sweep.</summary>
    private const int RunsSearched = 50;

    public ValueTask<CachedJson<Freshness>> NowAsync(DateOnly today, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("freshness", VersionedCache.Key(today)), ct => ComputeNowAsync(today, ct), cancellationToken, isVolatile: true);

    private async ValueTask<Found<Freshness>> ComputeNowAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var version = await versions.CurrentAsync(cancellationToken);
        var sweep = (await runs.ListAsync(RunsSearched, cancellationToken)).FirstOrDefault(r => r.Kind == RunKind.Schedules && r.IsPublished);
        var day = await days.GetAsync(today, cancellationToken);
        var sampled = day.Showtimes.Count(s => day.Latest.ContainsKey(s.ShowtimeId));
        return new Freshness(
            version,
            sweep is null ? null : new LastSweep(sweep.Id, RunWords.Status(sweep.Status), sweep.FinishedAt, sweep.ItemsTotal, sweep.ItemsFailed),
            day.LastSampledAt is { } at ? new LastSample(at) : null,
            new Coverage(
                today,
                day.Showtimes.Count,
                sampled,
                day.Showtimes.Count(s => day.WithFinal.Contains(s.ShowtimeId)),
                Occupancy.Percent(sampled, day.Showtimes.Count)));
    }
}
