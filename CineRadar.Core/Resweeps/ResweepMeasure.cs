using CineRadar.Core.Catalog;
using CineRadar.Core.Runs;

namespace CineRadar.Core.Resweeps;

/// <summary>
/// What a day's re-sweeps are measured against: the requests each may spend (<see cref="Allowance"/>, a share of what
/// the day's full sweep took), what reading one movie's schedules cost in each city on that sweep, when each city was
/// last read (by the sweep or a re-sweep), how many times planned re-sweeps have read it, and when the day was first read.
/// </summary>
public sealed record ResweepMeasure(
    int Allowance,
    int FullSweepRequests,
    IReadOnlyDictionary<string, double> RequestsPerMovie,
    IReadOnlyDictionary<string, DateTimeOffset> LastRead,
    DateTimeOffset DayRead,
    IReadOnlyDictionary<string, int> Reads)
{
    /// <summary>
    /// From the runs in the store: the newest published schedule sweep of <paramref name="date"/> gives the full cost per
    /// city. Without one (the day was published some other way), each city is taken to cost its movie list and one
    /// request per movie it lists in <paramref name="schedules"/>.
    /// </summary>
    public static ResweepMeasure From(DateOnly date, IReadOnlyList<ScrapeRun> runs, IReadOnlyList<MovieSchedule> schedules, double share, DateTimeOffset now)
    {
        var sweep = runs.Where(r => r.Kind == RunKind.Schedules && r.Date == date && r.IsPublished).MaxBy(r => r.FinishedAt);
        var lastRead = runs
            .Where(r => r.Date == date && (r.Kind == RunKind.Resweep || r == sweep))
            .SelectMany(r => r.Cities)
            .Where(i => i.Status == WorkItemStatus.Ok && i.FinishedAt is not null)
            .GroupBy(i => i.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(i => i.FinishedAt!.Value), StringComparer.Ordinal);
        var reads = runs
            .Where(r => r.Date == date && ResweepTrigger.IsPlanned(r))
            .SelectMany(r => r.Cities)
            .Where(i => i.Status == WorkItemStatus.Ok)
            .GroupBy(i => i.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (sweep is not null)
        {
            var cities = sweep.Cities.Where(i => i.Status is WorkItemStatus.Ok or WorkItemStatus.Empty).ToList();
            // A sweep of several days read each movie once per day; a re-sweep reads one.
            var days = Math.Max(1, sweep.Days);
            var perMovie = cities.ToDictionary(
                i => i.Key, i => i.Movies == 0 ? 1.0 : Math.Max(1.0, (i.Requests - 1.0) / (i.Movies * days)), StringComparer.Ordinal);
            var full = cities.Sum(i => i.Requests) / days;
            return new ResweepMeasure((int)(full * share), full, perMovie, lastRead, sweep.FinishedAt ?? now, reads);
        }

        var estimated = schedules.SelectMany(s => s.Cities).GroupBy(c => c.Id, StringComparer.Ordinal).Sum(g => 1 + g.Count());
        return new ResweepMeasure((int)(estimated * share), estimated, new Dictionary<string, double>(StringComparer.Ordinal), lastRead, lastRead.Values.DefaultIfEmpty(now).Min(), reads);
    }
}
