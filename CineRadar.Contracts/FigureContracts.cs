namespace CineRadar.Contracts;

/// <summary>
/// The day's totals against the day before. Each estimate of the day comes with its 90 % interval
/// (<c>admissionsLow</c>..<c>admissionsHigh</c>, <c>grossLowRupiah</c>..<c>grossHighRupiah</c>); the day before is
/// given as its point figures, for the change. While the day runs the figures are its projection and
/// <see cref="SoFar"/> what the shows started so far sold.
/// </summary>
public sealed record BoxOfficeTotals(
    long Admissions,
    long GrossRupiah,
    int Showtimes,
    int EstimatedShowtimes,
    double OccupancyPct,
    long PreviousAdmissions,
    long PreviousGrossRupiah,
    double? AdmissionsChangePct,
    double? GrossChangePct,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLowRupiah,
    long GrossHighRupiah,
    SoFar? SoFar = null);

public sealed record BoxOfficeMovie(
    string MovieId,
    string Title,
    long Admissions,
    long GrossRupiah,
    double OccupancyPct,
    int Showtimes,
    long PreviousAdmissions,
    double? AdmissionsChangePct,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLowRupiah,
    long GrossHighRupiah,
    SoFar? SoFar = null);

public sealed record BoxOffice(DateOnly Date, DateOnly PreviousDate, BoxOfficeTotals Totals, IReadOnlyList<BoxOfficeMovie> Movies);

public sealed record OverviewFigures(
    long Admissions,
    long GrossRupiah,
    double OccupancyPct,
    int Showtimes,
    int Theatres,
    int Movies,
    int Cities,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLowRupiah,
    long GrossHighRupiah);

public sealed record OverviewChanges(double? Admissions, double? GrossRupiah, double? OccupancyPct, double? Showtimes, double? Theatres, double? Movies);

public sealed record Overview(
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
    OverviewChanges ChangePct,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLowRupiah,
    long GrossHighRupiah,
    SoFar? SoFar = null);

public sealed record OccupancyRow(
    string Key,
    string Name,
    int Showtimes,
    int SampledShowtimes,
    long Admissions,
    long Capacity,
    double OccupancyPct,
    long GrossRupiah,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLowRupiah,
    long GrossHighRupiah);

public sealed record OccupancyBreakdown(DateOnly Date, string By, IReadOnlyList<OccupancyRow> Rows);

public sealed record ShowtimeShareRow(string MovieId, string Title, int Showtimes, double SharePct, int Theatres, double ScreensSharePct);

public sealed record ShowtimeShare(DateOnly Date, int Showtimes, IReadOnlyList<ShowtimeShareRow> Rows);

/// <summary>The newest published sweep; <see cref="Status"/> is one of <see cref="RunStatuses"/>.</summary>
public sealed record LastSweep(string RunId, string Status, DateTimeOffset? FinishedAt, int Cities, int CitiesFailed);

public sealed record LastSample(DateTimeOffset SampledAt);

public sealed record Coverage(DateOnly Date, int Showtimes, int Sampled, int WithFinal, double SampledPct);

public sealed record Freshness(long DataVersion, LastSweep? LastSweep, LastSample? LastSample, Coverage Coverage);
