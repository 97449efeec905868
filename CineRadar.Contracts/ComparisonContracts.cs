namespace CineRadar.Contracts;

/// <summary>
/// One day's figures of a movie, city or chain, read from its daily rollup (all zero on a day CineRadar saw nothing of
/// it), with the rollup's 90 % intervals.
/// </summary>
public sealed record DayFigures(
    DateOnly Date,
    long Admissions,
    long GrossRupiah,
    int Showtimes,
    double OccupancyPct,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLowRupiah,
    long GrossHighRupiah);

/// <summary>
/// Figures summed over a span of days. The low and high are the sums of the days' bounds: at least as wide as a 90 %
/// interval of the sum.
/// </summary>
public sealed record PeriodTotals(
    DateOnly From,
    DateOnly To,
    long Admissions,
    long GrossRupiah,
    int Showtimes,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLowRupiah,
    long GrossHighRupiah);

/// <summary>Which part of a list an answer holds: from <c>offset</c>, at most <c>limit</c> items of <c>total</c>; the next page's offset, or null on the last.</summary>
public sealed record PageInfo(int Offset, int Limit, int Total, int? NextOffset);

/// <summary>A day of the range against the same weekday a week earlier.</summary>
public sealed record WeekOverWeekDay(
    DateOnly Date,
    string Weekday,
    DayFigures Day,
    DayFigures WeekBefore,
    double? AdmissionsChangePct,
    double? GrossChangePct);

/// <summary>
/// A movie's, city's or chain's days from <c>from</c> to <c>to</c>, each against the same weekday seven days earlier,
/// and the range's totals against the seven-day-earlier range's. The days are paged; the totals cover the whole range.
/// </summary>
public sealed record WeekOverWeek(
    string By,
    string Key,
    string Name,
    PeriodTotals Current,
    PeriodTotals WeekBefore,
    double? AdmissionsChangePct,
    double? GrossChangePct,
    PageInfo Page,
    IReadOnlyList<WeekOverWeekDay> Days);

/// <summary>An earlier same weekday, and how the compared day's figures changed from it.</summary>
public sealed record SameWeekdayWeek(int WeeksBefore, DayFigures Day, double? AdmissionsChangePct, double? GrossChangePct);

/// <summary>
/// The range's last day against each same weekday before it within the range (one, two, ... weeks earlier, newest
/// first), and against their average. The weeks are paged; the average covers them all.
/// </summary>
public sealed record SameWeekday(
    string By,
    string Key,
    string Name,
    DateOnly From,
    DateOnly To,
    string Weekday,
    DayFigures Day,
    long AverageAdmissions,
    long AverageGrossRupiah,
    double? AdmissionsChangeFromAveragePct,
    double? GrossChangeFromAveragePct,
    PageInfo Page,
    IReadOnlyList<SameWeekdayWeek> Weeks);

/// <summary>The days of a release that fall on weekends (Friday to Sunday) or on weekdays, with their sums and daily averages.</summary>
public sealed record ReleaseSplit(int Days, long Admissions, long GrossRupiah, long AdmissionsPerDay, long GrossPerDayRupiah);

/// <summary>
/// A movie's admissions and gross from the first day CineRadar saw it playing to <c>to</c>: the days in release (calendar
/// days, both ends included), the days it played, and the weekend days (Friday to Sunday) against the weekdays.
/// </summary>
public sealed record ReleaseTotals(
    string MovieId,
    string Title,
    DateOnly FirstDay,
    DateOnly To,
    int DaysInRelease,
    int DaysPlayed,
    long Admissions,
    long GrossRupiah,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLowRupiah,
    long GrossHighRupiah,
    ReleaseSplit Weekend,
    ReleaseSplit Weekdays);

/// <summary>Day <c>day</c> of a release (day 1 is the first day seen), with the release's sums up to and including it.</summary>
public sealed record ReleaseDay(int Day, bool IsWeekend, DayFigures Figures, long CumulativeAdmissions, long CumulativeGrossRupiah);

/// <summary>A movie's release to date, with its days (paged) from day 1.</summary>
public sealed record ReleaseToDate(ReleaseTotals Totals, PageInfo Page, IReadOnlyList<ReleaseDay> Days);

/// <summary>The movies playing on a date, most admissions that day first (paged), each with its release to date.</summary>
public sealed record ReleaseToDateList(DateOnly Date, PageInfo Page, IReadOnlyList<ReleaseTotals> Movies);

/// <summary>One of two movies whose openings are compared: its first day seen and its sums over the aligned days it has had.</summary>
public sealed record OpeningMovie(string MovieId, string Title, DateOnly FirstDay, int DaysSeen, long Admissions, long GrossRupiah);

/// <summary>Day <c>day</c> of both releases side by side; null for a movie whose release has not reached that day by <c>to</c>.</summary>
public sealed record AlignedDay(int Day, ReleaseDay? First, ReleaseDay? Second);

/// <summary>Two movies' first <c>length</c> days, each counted from its own first day, side by side (paged).</summary>
public sealed record OpeningComparison(
    DateOnly To,
    int Length,
    OpeningMovie First,
    OpeningMovie Second,
    PageInfo Page,
    IReadOnlyList<AlignedDay> Days);
