using CineRadar.Core.Sampling;
using CineRadar.TixSandbox;

namespace CineRadar.Tools.Simulation;

/// <summary>
/// Estimated against true admissions per movie, city or chain: over the judged shows, from their own estimates, as the
/// national figure is; and the key's rollup interval (which covers every show of the key the scraper knows of) held
/// against the truth of those covered shows.
/// </summary>
internal sealed class GroupComparer(
    IReadOnlyList<DayShowtime> judged,
    IReadOnlyList<DayShowtime> covered,
    IReadOnlyDictionary<string, ShowtimeEstimate> estimates,
    IReadOnlyList<DailyRollup> rollups)
{
    /// <summary>The keys of the judged shows, the most true admissions first.</summary>
    public List<GroupComparison> By(RollupDimension dimension, Func<DayShowtime, (string Key, string Name)> keyOf)
    {
        var rollupOf = rollups.Where(r => r.Dimension == dimension).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var coveredTruth = covered.GroupBy(s => keyOf(s).Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => (long)s.FinalAdmissions), StringComparer.Ordinal);
        return [.. judged.GroupBy(keyOf).Select(g =>
        {
            var actual = g.Sum(s => (long)s.FinalAdmissions);
            var estimated = g.Sum(s => estimates.TryGetValue(s.ShowTimeId, out var e) ? e.Admissions : 0L);
            var (low, high) = rollupOf.TryGetValue(g.Key.Key, out var rollup) ? (rollup.AdmissionsLow, rollup.AdmissionsHigh) : (0L, 0L);
            var truth = coveredTruth.GetValueOrDefault(g.Key.Key);
            return new GroupComparison(
                g.Key.Key, g.Key.Name, g.Count(), actual, estimated, DaySimulation.ErrorPct(estimated, actual), low, high, truth,
                rollup is not null && truth >= low && truth <= high);
        }).OrderByDescending(c => c.TrueAdmissions)];
    }
}
