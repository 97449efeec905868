using CineRadar.Contracts;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.Admin.Tables;

/// <summary>
/// The analytics tables' columns, shared by their pages and their CSV exports. An estimated figure is shown with its
/// 90 % interval, "12,400 (11,900–12,900)"; the export keeps the point figure.
/// </summary>
public static class AnalyticsTables
{
    public static readonly IReadOnlyList<Column<BoxOfficeMovie>> Leaderboard =
    [
        new("title", "Movie", m => m.Title, Href: m => AdminLinks.MovieTrend(m.MovieId)),
        new("admissions", "Admissions", m => m.Admissions, m => Formats.Count(m.Admissions, m.AdmissionsLow, m.AdmissionsHigh)),
        new("gross", "Estimated gross (Rp)", m => m.GrossRupiah, m => Formats.Rupiah(m.GrossRupiah, m.GrossLowRupiah, m.GrossHighRupiah)),
        new("occupancy", "Occupancy %", m => m.OccupancyPct, m => Formats.Percent(m.OccupancyPct)),
        new("showtimes", "Showtimes", m => m.Showtimes),
        new("previous", "Admissions day before", m => m.PreviousAdmissions),
        new("change", "Change %", m => m.AdmissionsChangePct, m => Formats.Change(m.AdmissionsChangePct)),
    ];

    public static readonly IReadOnlyList<Column<OccupancyRow>> Occupancy =
    [
        new("name", "Name", r => r.Name),
        new("showtimes", "Showtimes", r => r.Showtimes),
        new("sampled", "Sampled showtimes", r => r.SampledShowtimes),
        new("admissions", "Admissions", r => r.Admissions, r => Formats.Count(r.Admissions, r.AdmissionsLow, r.AdmissionsHigh)),
        new("capacity", "Seats", r => r.Capacity),
        new("occupancy", "Occupancy %", r => r.OccupancyPct, r => Formats.Percent(r.OccupancyPct)),
        new("gross", "Estimated gross (Rp)", r => r.GrossRupiah, r => Formats.Rupiah(r.GrossRupiah, r.GrossLowRupiah, r.GrossHighRupiah)),
    ];

    public static readonly IReadOnlyList<Column<ShowtimeShareRow>> ShowtimeShare =
    [
        new("title", "Movie", r => r.Title, Href: r => AdminLinks.MovieTrend(r.MovieId)),
        new("showtimes", "Showtimes", r => r.Showtimes),
        new("share", "Showtime share %", r => r.SharePct, r => Formats.Percent(r.SharePct)),
        new("theatres", "Theatres", r => r.Theatres),
        new("screens", "Screen share %", r => r.ScreensSharePct, r => Formats.Percent(r.ScreensSharePct)),
    ];

    public static readonly IReadOnlyList<Column<MovieHistoryDay>> Trend =
    [
        new("date", "Date", d => d.Date),
        new("admissions", "Admissions", d => d.Admissions, d => Formats.Count(d.Admissions, d.AdmissionsLow, d.AdmissionsHigh)),
        new("gross", "Estimated gross (Rp)", d => d.GrossRupiah, d => Formats.Rupiah(d.GrossRupiah, d.GrossLowRupiah, d.GrossHighRupiah)),
        new("showtimes", "Showtimes", d => d.Showtimes),
        new("occupancy", "Occupancy %", d => d.OccupancyPct, d => Formats.Percent(d.OccupancyPct)),
    ];
}
