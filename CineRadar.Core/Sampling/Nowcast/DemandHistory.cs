using CineRadar.Core.Sampling.Design;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling.Nowcast;

/// <summary>
/// What earlier days' readings say a show sells: the stored estimates of the shows read on earlier days, taken together
/// as one sampling design (strata cut by the hour, theatre and city ratios, seats per room category), so that a show
/// still to come today is expected to sell what shows like it sold then: its movie and chain at its hour in its theatre,
/// or a wider group brought to its hour. How today differs from those days is <see cref="DayProjection"/>'s to learn.
/// </summary>
public sealed class DemandHistory
{
    private readonly StratifiedTotals _model;

    private DemandHistory(StratifiedTotals model, int days, int shows)
    {
        _model = model;
        Days = days;
        Shows = shows;
    }

    /// <summary>How many earlier days a history is read from unless a setting says otherwise.</summary>
    public const int DefaultDays = 7;

    /// <summary>How many earlier days the history holds.</summary>
    public int Days { get; }

    /// <summary>How many read shows of those days it holds.</summary>
    public int Shows { get; }

    /// <summary>The history of the <paramref name="days"/> days before <paramref name="date"/>; null when none was estimated.</summary>
    public static async Task<DemandHistory?> ReadAsync(IAdmissionsStore store, DateOnly date, int days, CancellationToken cancellationToken)
    {
        var earlier = new List<ShowtimeEstimate>();
        for (var back = 1; back <= days; back++)
        {
            earlier.AddRange(await store.GetEstimatesAsync(date.AddDays(-back), cancellationToken));
        }

        return From(earlier);
    }

    /// <summary>The history of the given estimates of earlier days; null when there is none to learn from.</summary>
    public static DemandHistory? From(IEnumerable<ShowtimeEstimate> earlier)
    {
        var estimates = earlier.Where(e => e.Capacity > 0).DistinctBy(e => e.ShowtimeId, StringComparer.Ordinal).ToList();
        if (estimates.Count == 0)
        {
            return null;
        }

        var model = new StratifiedTotals(
            estimates.Select(SampledShowtime.From).ToList(),
            estimates.ToDictionary(e => e.ShowtimeId, ReadShow.From, StringComparer.Ordinal),
            new Dictionary<string, double>(StringComparer.Ordinal),
            []);
        return new DemandHistory(model, estimates.Select(e => e.Date).Distinct().Count(), estimates.Count);
    }

    /// <summary>What a show like this one sold on the earlier days (not rounded), and the seats it is expected to have.</summary>
    public (double Admissions, double Seats) Expected(SampledShowtime show) =>
        _model.Expected(show) ?? throw new InvalidOperationException("A history holds at least one read show.");
}
