using CineRadar.Api.Contracts;
using CineRadar.Core.Sampling;

namespace CineRadar.Api.Comparisons;

/// <summary>One movie's, city's or chain's stored daily rollups, looked up by date; a date without one reads as zero.</summary>
internal sealed class DailySeries
{
    private readonly Dictionary<DateOnly, DailyRollup> _byDate;

    public DailySeries(IReadOnlyList<DailyRollup> rollups)
    {
        _byDate = rollups.ToDictionary(r => r.Date);
        var newest = rollups.MaxBy(r => r.Date);
        Name = newest?.Name;
        FirstDay = _byDate.Count == 0 ? null : _byDate.Keys.Min();
    }

    /// <summary>The name on the newest rollup; null when there is none.</summary>
    public string? Name { get; }

    /// <summary>The first date with a rollup; null when there is none.</summary>
    public DateOnly? FirstDay { get; }

    public bool IsEmpty => _byDate.Count == 0;

    public bool Has(DateOnly date) => _byDate.ContainsKey(date);

    public DayFigures Day(DateOnly date) => _byDate.TryGetValue(date, out var rollup) ? DayFigures.From(rollup) : DayFigures.None(date);

    /// <summary>The sums of the days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public PeriodTotals Total(DateOnly from, DateOnly to)
    {
        var days = _byDate.Values.Where(r => r.Date >= from && r.Date <= to).ToList();
        return new PeriodTotals(
            from,
            to,
            days.Sum(r => r.Admissions),
            days.Sum(r => r.EstimatedGrossRupiah),
            days.Sum(r => r.Showtimes),
            days.Sum(r => r.AdmissionsLow),
            days.Sum(r => r.AdmissionsHigh),
            days.Sum(r => r.GrossLow),
            days.Sum(r => r.GrossHigh));
    }
}
