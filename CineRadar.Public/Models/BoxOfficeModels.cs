namespace CineRadar.Public.Models;

public sealed record BoxOfficeTotals(
    long Admissions,
    long GrossRupiah,
    int Showtimes,
    int EstimatedShowtimes,
    double OccupancyPct,
    long PreviousAdmissions,
    long PreviousGrossRupiah,
    double? AdmissionsChangePct,
    double? GrossChangePct);

public sealed record BoxOfficeMovie(
    string MovieId,
    string Title,
    long Admissions,
    long GrossRupiah,
    double OccupancyPct,
    int Showtimes,
    long PreviousAdmissions,
    double? AdmissionsChangePct);

public sealed record BoxOffice(DateOnly Date, DateOnly PreviousDate, BoxOfficeTotals Totals, IReadOnlyList<BoxOfficeMovie> Movies);
