namespace CineRadar.Tools.Simulation;

/// <summary>
/// What a simulated day shows: coverage, misses, estimated against true admissions, house-lock detection.
/// <see cref="BlockedSeats"/> are the judged shows' true blocked seats, <see cref="BlockedSeatsPct"/> the error they
/// would add if taken as sold, <see cref="BlockedSeatsEstimated"/> those the estimate took out. <see cref="Demand"/>,
/// <see cref="Blocking"/> and <see cref="DailyRequestCap"/> are the sandbox's sales model and seat blocking and the
/// scraper's cap the day ran with. <see cref="TopMoviesMaxErrorPct"/> is the worst error (signed) among the ten movies
/// with the most true admissions; <see cref="CityComparisons"/> and <see cref="ChainComparisons"/> compare as
/// <see cref="Movies"/> does (<see cref="Cities"/> is the number of cities swept); <see cref="SeatReads"/> the logged-in seat-map requests the sandbox answered.
/// Estimated admissions, national and per group, are the sampling design's estimate of the judged shows (those read,
/// and the unread ones from their strata); <see cref="AdmissionsLow"/>..<see cref="AdmissionsHigh"/> is its national
/// 90 % interval. <see cref="Nowcasts"/> judge the day's projection at 12:00, 15:00 and 18:00 WIB.
/// </summary>
public sealed record SimulationReport(
    DateOnly Date,
    double BudgetRequestsPerSecond,
    string Demand,
    string Blocking,
    int? DailyRequestCap,
    int Cities,
    int Showtimes,
    int PlannedSamples,
    int SamplesTaken,
    IReadOnlyDictionary<string, int> MissedByReason,
    int SpareSkipped,
    int FinalSamples,
    double FinalCoveragePct,
    long TrueAdmissions,
    long EstimatedAdmissions,
    double AdmissionsErrorPct,
    long BlockedSeats,
    double BlockedSeatsPct,
    long BlockedSeatsEstimated,
    double MaxMovieErrorPct,
    double TopMoviesMaxErrorPct,
    IReadOnlyList<GroupComparison> Movies,
    IReadOnlyList<GroupComparison> CityComparisons,
    IReadOnlyList<GroupComparison> ChainComparisons,
    IntervalCoverage IntervalCoverage,
    IReadOnlyList<BasisComparison> Bases,
    HouseLockReport HouseLocks,
    int SeatRequests,
    long SeatReads,
    int SweepRequests,
    double SimulatedHours,
    double RealMinutes,
    IReadOnlyDictionary<string, double> LateSalesGrowth,
    IntradayReport Intraday,
    long AdmissionsLow,
    long AdmissionsHigh,
    IReadOnlyList<NowcastReport> Nowcasts);

/// <summary>
/// The day's projection as it stood at a WIB time (<see cref="At"/>), over the judged shows: the admissions of those
/// started by then (estimated and true), the projected end of the day with its 90 % interval against the truth, and for
/// the movies, cities and chains the share whose truth lay in their projected interval and the worst error among the
/// ten biggest movies.
/// </summary>
public sealed record NowcastReport(
    string At,
    long SoFarAdmissions,
    long TrueSoFarAdmissions,
    long TrueAdmissions,
    long ProjectedAdmissions,
    double ErrorPct,
    long Low,
    long High,
    bool InInterval,
    IntervalCoverage IntervalCoverage,
    double TopMoviesMaxErrorPct,
    IReadOnlyList<GroupComparison> ChainComparisons);

/// <summary>
/// The day's changes and the re-sweeps that looked for them, over the swept cities: shows the sandbox added (and how
/// many the store has), those added before 18:00 WIB with a final reading (and of those without, how many no re-sweep
/// saw and how many were seen only once their final reading's window had opened), moved shows the store has at their new time,
/// cancelled shows the store marks cancelled, samples withdrawn from the plan, and the re-sweeps' requests in all and
/// as a share of the morning sweep's (the dearest one, and on average).
/// </summary>
public sealed record IntradayReport(
    bool ChangesOn,
    int Resweeps,
    int AddedShows,
    int AddedSeen,
    int AddedBefore18,
    double AddedBefore18WithFinalPct,
    int AddedBefore18NotSeen,
    int AddedBefore18SeenLate,
    int MovedShows,
    int MovedSeen,
    int CancelledShows,
    int CancelledSeen,
    int SamplesWithdrawn,
    int ResweepRequests,
    double MaxResweepSharePct,
    double MeanResweepSharePct,
    IReadOnlyList<ResweepReport> Runs);

/// <summary>One re-sweep: its slot, cities, requests and what it found.</summary>
public sealed record ResweepReport(string Trigger, int Cities, int Requests, int Added, int Moved, int Cancelled);

/// <summary>Estimated against true admissions for the showtimes whose estimate rests on one kind of reading.</summary>
public sealed record BasisComparison(string Basis, int Showtimes, long TrueAdmissions, long EstimatedAdmissions, double ErrorPct);

/// <summary>
/// A movie's, city's or chain's judged shows: true admissions, the design's estimate of them with its 90 % interval
/// (<see cref="Low"/>..<see cref="High"/>), and whether the truth lies in it.
/// </summary>
public sealed record GroupComparison(
    string Key,
    string Name,
    int Showtimes,
    long TrueAdmissions,
    long EstimatedAdmissions,
    double ErrorPct,
    long Low,
    long High,
    bool InInterval);

/// <summary>Share of movies, cities and chains (together and each) whose true admissions lie in their estimate's 90 % interval.</summary>
public sealed record IntervalCoverage(double AllPct, double MoviesPct, double CitiesPct, double ChainsPct);

/// <summary>
/// Locked shows found among those TIX locked (detection), and shows flagged that were not locked: over all unlocked
/// shows, and over the sold-out ones (which also show every seat unavailable).
/// </summary>
public sealed record HouseLockReport(
    int Locked,
    int Detected,
    double DetectionRatePct,
    int NotLocked,
    int FalseAlarms,
    double FalseAlarmRatePct,
    int SoldOut,
    int SoldOutFlagged,
    double SoldOutMisflaggedPct);
