using CineRadar.Core.Sampling;
using CineRadar.Core.Sampling.Design;
using CineRadar.TixSandbox;

namespace CineRadar.Tools.Simulation;

/// <summary>
/// Estimated against true admissions per movie, city or chain, over the judged shows: the design's estimate of those
/// shows (the read ones and the unread ones from their strata), with its 90 % interval, held against their truth.
/// </summary>
internal sealed class GroupComparer(IReadOnlyList<DayShowtime> judged, Func<IEnumerable<string>, GroupTotal> totalOf)
{
    /// <summary>The keys of the judged shows, the most true admissions first.</summary>
    public List<GroupComparison> By(Func<DayShowtime, (string Key, string Name)> keyOf) =>
        [.. judged.GroupBy(keyOf).Select(g =>
        {
            var actual = g.Sum(s => (long)s.FinalAdmissions);
            var total = totalOf(g.Select(s => s.ShowTimeId));
            var estimated = (long)Math.Round(total.Admissions);
            var (low, high) = ((long)Math.Floor(total.AdmissionsLow), (long)Math.Ceiling(total.AdmissionsHigh));
            return new GroupComparison(
                g.Key.Key, g.Key.Name, g.Count(), actual, estimated, DaySimulation.ErrorPct(estimated, actual), low, high,
                actual >= low && actual <= high);
        }).OrderByDescending(c => c.TrueAdmissions)];
}
