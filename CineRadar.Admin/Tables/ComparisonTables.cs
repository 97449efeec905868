using CineRadar.Contracts;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.Admin.Tables;

/// <summary>The comparison pages' tables; an estimated figure is shown with its 90 % interval, as in <see cref="AnalyticsTables"/>.</summary>
public static class ComparisonTables
{
    public static readonly IReadOnlyList<Column<WeekOverWeekDay>> WeekOverWeek =
    [
        new("date", "Date", d => d.Date, d => Formats.Date(d.Date)),
        new("admissions", "Admissions", d => d.Day.Admissions, d => Formats.Count(d.Day.Admissions, d.Day.AdmissionsLow, d.Day.AdmissionsHigh)),
        new("before", "Week before", d => d.WeekBefore.Admissions, d => Formats.Count(d.WeekBefore.Admissions, d.WeekBefore.AdmissionsLow, d.WeekBefore.AdmissionsHigh)),
        new("change", "Admissions change %", d => d.AdmissionsChangePct, d => Formats.Change(d.AdmissionsChangePct)),
        new("gross", "Estimated gross (Rp)", d => d.Day.GrossRupiah, d => Formats.Rupiah(d.Day.GrossRupiah, d.Day.GrossLowRupiah, d.Day.GrossHighRupiah)),
        new("gross-change", "Gross change %", d => d.GrossChangePct, d => Formats.Change(d.GrossChangePct)),
    ];

    public static readonly IReadOnlyList<Column<SameWeekdayWeek>> SameWeekday =
    [
        new("weeks", "Weeks before", w => w.WeeksBefore),
        new("date", "Date", w => w.Day.Date, w => Formats.Date(w.Day.Date)),
        new("admissions", "Admissions", w => w.Day.Admissions, w => Formats.Count(w.Day.Admissions, w.Day.AdmissionsLow, w.Day.AdmissionsHigh)),
        new("change", "Change to the day %", w => w.AdmissionsChangePct, w => Formats.Change(w.AdmissionsChangePct)),
        new("gross", "Estimated gross (Rp)", w => w.Day.GrossRupiah, w => Formats.Rupiah(w.Day.GrossRupiah, w.Day.GrossLowRupiah, w.Day.GrossHighRupiah)),
    ];

    public static readonly IReadOnlyList<Column<ReleaseTotals>> Releases =
    [
        new("title", "Movie", r => r.Title, Href: r => AdminLinks.Release(r.MovieId, r.To)),
        new("first", "First day", r => r.FirstDay, r => Formats.Date(r.FirstDay)),
        new("days", "Days in release", r => r.DaysInRelease),
        new("admissions", "Admissions to date", r => r.Admissions, r => Formats.Count(r.Admissions, r.AdmissionsLow, r.AdmissionsHigh)),
        new("gross", "Estimated gross to date (Rp)", r => r.GrossRupiah, r => Formats.Rupiah(r.GrossRupiah, r.GrossLowRupiah, r.GrossHighRupiah)),
        new("weekend", "Weekend admissions/day", r => r.Weekend.AdmissionsPerDay),
        new("weekdays", "Weekday admissions/day", r => r.Weekdays.AdmissionsPerDay),
    ];

    public static readonly IReadOnlyList<Column<ReleaseDay>> ReleaseDays =
    [
        new("day", "Day", d => d.Day),
        new("date", "Date", d => d.Figures.Date, d => Formats.Date(d.Figures.Date) + (d.IsWeekend ? " (weekend)" : "")),
        new("admissions", "Admissions", d => d.Figures.Admissions, d => Formats.Count(d.Figures.Admissions, d.Figures.AdmissionsLow, d.Figures.AdmissionsHigh)),
        new("gross", "Estimated gross (Rp)", d => d.Figures.GrossRupiah, d => Formats.Rupiah(d.Figures.GrossRupiah, d.Figures.GrossLowRupiah, d.Figures.GrossHighRupiah)),
        new("cumulative", "Admissions to date", d => d.CumulativeAdmissions),
        new("cumulative-gross", "Gross to date (Rp)", d => d.CumulativeGrossRupiah, d => Formats.Rupiah(d.CumulativeGrossRupiah)),
    ];

    public static IReadOnlyList<Column<AlignedDay>> Openings(string first, string second) =>
    [
        new("day", "Day", d => d.Day),
        new("first", first, d => d.First?.Figures.Admissions, d => Admissions(d.First)),
        new("first-to-date", $"{first} to date", d => d.First?.CumulativeAdmissions),
        new("second", second, d => d.Second?.Figures.Admissions, d => Admissions(d.Second)),
        new("second-to-date", $"{second} to date", d => d.Second?.CumulativeAdmissions),
    ];

    private static string Admissions(ReleaseDay? day) =>
        day is null ? "–" : $"{Formats.Count(day.Figures.Admissions, day.Figures.AdmissionsLow, day.Figures.AdmissionsHigh)} ({Formats.Date(day.Figures.Date)})";
}
