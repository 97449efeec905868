namespace CineRadar.Contracts;

/// <summary>
/// While a day runs, what the shows that have started sold; the figures beside it are then the projection of the whole
/// day (its interval the projection's). Absent once the day's last show has started, and for days folded before
/// CineRadar projected.
/// </summary>
public sealed record SoFar(long Admissions, long GrossRupiah);

/// <summary>
/// A movie's, city's, chain's or the country's day: admissions and estimated gross of the shows started so far, and
/// where the day will end (the projection and its 90 % interval; once the day is over, the day's figures).
/// </summary>
public sealed record NowcastRow(
    string Key,
    string Name,
    long SoFarAdmissions,
    long SoFarGrossRupiah,
    long Admissions,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossRupiah,
    long GrossLowRupiah,
    long GrossHighRupiah);

/// <summary>
/// A day so far and by tonight, as of <see cref="UpdatedAt"/> (the scraper's latest fold). <see cref="Running"/> is
/// true while shows are still to come: the figures are then a projection.
/// </summary>
public sealed record Nowcast(
    DateOnly Date,
    bool Running,
    DateTimeOffset? UpdatedAt,
    NowcastRow National,
    IReadOnlyList<NowcastRow> Movies,
    IReadOnlyList<NowcastRow> Cities,
    IReadOnlyList<NowcastRow> Chains);
