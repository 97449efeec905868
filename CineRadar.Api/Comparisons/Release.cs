using CineRadar.Core.Time;

namespace CineRadar.Api.Comparisons;

/// <summary>
/// A movie's release up to a date: every calendar day from the first day CineRadar saw it playing (day 1) to that date,
/// with running sums, and the totals split into weekend days (<see cref="Weekends"/>: Friday to Sunday) and weekdays.
/// </summary>
internal sealed record Release(ReleaseTotals Totals, IReadOnlyList<ReleaseDay> Days)
{
    /// <summary>The release of <paramref name="movieId"/> from its rollups up to <paramref name="to"/>; null when it has none by then.</summary>
    public static Release? Of(string movieId, DailySeries series, DateOnly to)
    {
        if (series is not { FirstDay: { } first, Name: { } title } || first > to)
        {
            return null;
        }

        var days = new List<ReleaseDay>();
        long admissions = 0, gross = 0;
        for (var date = first; date <= to; date = date.AddDays(1))
        {
            var figures = series.Day(date);
            admissions += figures.Admissions;
            gross += figures.GrossRupiah;
            days.Add(new ReleaseDay(days.Count + 1, Weekends.Contains(date), figures, admissions, gross));
        }

        var total = series.Total(first, to);
        var played = days.Where(d => series.Has(d.Figures.Date)).ToList();
        return new Release(
            new ReleaseTotals(
                movieId,
                title,
                first,
                to,
                days.Count,
                played.Count,
                total.Admissions,
                total.GrossRupiah,
                total.AdmissionsLow,
                total.AdmissionsHigh,
                total.GrossLowRupiah,
                total.GrossHighRupiah,
                Split(played.Where(d => d.IsWeekend)),
                Split(played.Where(d => !d.IsWeekend))),
            days);
    }

    private static ReleaseSplit Split(IEnumerable<ReleaseDay> days)
    {
        var list = days.ToList();
        var admissions = list.Sum(d => d.Figures.Admissions);
        var gross = list.Sum(d => d.Figures.GrossRupiah);
        return new ReleaseSplit(list.Count, admissions, gross, PerDay(admissions, list.Count), PerDay(gross, list.Count));
    }

    private static long PerDay(long sum, int days) => days == 0 ? 0 : (long)Math.Round(sum / (double)days, MidpointRounding.AwayFromZero);
}
