namespace CineRadar.Api.Contracts;

internal sealed record BoxOfficeTotals(
    long Admissions,
    long GrossRupiah,
    int Showtimes,
    int EstimatedShowtimes,
    double OccupancyPct,
    long PreviousAdmissions,
    long PreviousGrossRupiah,
    double? AdmissionsChangePct,
    double? GrossChangePct);

internal sealed record BoxOfficeMovie(
    string MovieId,
    string Title,
    long Admissions,
    long GrossRupiah,
    double OccupancyPct,
    int Showtimes,
    long PreviousAdmissions,
    double? AdmissionsChangePct);

internal sealed record BoxOffice(DateOnly Date, DateOnly PreviousDate, BoxOfficeTotals Totals, IReadOnlyList<BoxOfficeMovie> Movies);

internal sealed record OverviewFigures(long Admissions, long GrossRupiah, double OccupancyPct, int Showtimes, int Theatres, int Movies, int Cities);

internal sealed record OverviewChanges(double? Admissions, double? GrossRupiah, double? OccupancyPct, double? Showtimes, double? Theatres, double? Movies);

internal sealed record Overview(
    DateOnly Date,
    DateOnly PreviousDate,
    long Admissions,
    long GrossRupiah,
    double OccupancyPct,
    int Showtimes,
    int Theatres,
    int Movies,
    int Cities,
    OverviewFigures Previous,
    OverviewChanges ChangePct);

internal sealed record OccupancyRow(string Key, string Name, int Showtimes, int SampledShowtimes, long Admissions, long Capacity, double OccupancyPct, long GrossRupiah);

internal sealed record OccupancyBreakdown(DateOnly Date, string By, IReadOnlyList<OccupancyRow> Rows);

internal sealed record ShowtimeShareRow(string MovieId, string Title, int Showtimes, double SharePct, int Theatres, double ScreensSharePct);

internal sealed record ShowtimeShare(DateOnly Date, int Showtimes, IReadOnlyList<ShowtimeShareRow> Rows);

internal sealed record LastSweep(string RunId, string Status, DateTimeOffset? FinishedAt, int Cities, int CitiesFailed);

internal sealed record LastSample(DateTimeOffset SampledAt);

internal sealed record Coverage(DateOnly Date, int Showtimes, int Sampled, int WithFinal, double SampledPct);

internal sealed record Freshness(long DataVersion, LastSweep? LastSweep, LastSample? LastSample, Coverage Coverage);

/// <summary>Percent change from <paramref name="before"/> to <paramref name="now"/>, one decimal; null when there was nothing before.</summary>
internal static class Change
{
    public static double? Pct(double now, double before) =>
        before == 0 ? null : Math.Round((now - before) * 100.0 / before, 1, MidpointRounding.AwayFromZero);
}
