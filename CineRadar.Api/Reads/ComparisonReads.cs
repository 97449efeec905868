using CineRadar.Api.Caching;
using CineRadar.Api.Comparisons;
using CineRadar.Api.Contracts;
using CineRadar.Api.Validation;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Reads;

/// <summary>What a comparison over time follows: one movie, city or chain.</summary>
internal enum ComparedDimension
{
    Movie,
    City,
    Chain,
}

/// <summary>
/// A movie's, city's or chain's days against earlier ones: each day of a range against the same weekday a week before,
/// and a day against the same weekday of the weeks before it. Read from the stored daily rollups.
/// </summary>
internal sealed class ComparisonReads(VersionedCache cache, IAdmissionsStore admissions)
{
    public ValueTask<CachedJson<WeekOverWeek>> WeekOverWeekAsync(
        ComparedDimension by, string key, DateRange range, Paging paging, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("week-over-week", Word(by), key, VersionedCache.Key(range.From), VersionedCache.Key(range.To), paging.Key),
            ct => ComputeWeekOverWeekAsync(by, key, range, paging, ct),
            cancellationToken);

    private async ValueTask<Found<WeekOverWeek>> ComputeWeekOverWeekAsync(
        ComparedDimension by, string key, DateRange range, Paging paging, CancellationToken cancellationToken)
    {
        var before = range.WeekBefore;
        var series = await ReadAsync(by, key, before.From, range.To, cancellationToken);
        if (series.Name is not { } name)
        {
            return NotFound<WeekOverWeek>(by, key, before.From, range.To);
        }

        var days = range.Dates
            .Select(date =>
            {
                var day = series.Day(date);
                var weekBefore = series.Day(date.AddDays(-7));
                return new WeekOverWeekDay(
                    date, Weekday(date), day, weekBefore, Change.Pct(day.Admissions, weekBefore.Admissions), Change.Pct(day.GrossRupiah, weekBefore.GrossRupiah));
            })
            .ToList();
        var current = series.Total(range.From, range.To);
        var previous = series.Total(before.From, before.To);
        var (page, info) = paging.Slice(days);
        return new WeekOverWeek(
            Word(by),
            key,
            name,
            current,
            previous,
            Change.Pct(current.Admissions, previous.Admissions),
            Change.Pct(current.GrossRupiah, previous.GrossRupiah),
            info,
            page);
    }

    public ValueTask<CachedJson<SameWeekday>> SameWeekdayAsync(
        ComparedDimension by, string key, DateRange range, Paging paging, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("same-weekday", Word(by), key, VersionedCache.Key(range.From), VersionedCache.Key(range.To), paging.Key),
            ct => ComputeSameWeekdayAsync(by, key, range, paging, ct),
            cancellationToken);

    private async ValueTask<Found<SameWeekday>> ComputeSameWeekdayAsync(
        ComparedDimension by, string key, DateRange range, Paging paging, CancellationToken cancellationToken)
    {
        var series = await ReadAsync(by, key, range.From, range.To, cancellationToken);
        if (series.Name is not { } name)
        {
            return NotFound<SameWeekday>(by, key, range.From, range.To);
        }

        var day = series.Day(range.To);
        var weeks = Enumerable.Range(1, (range.Days - 1) / 7)
            .Select(weeksBefore =>
            {
                var earlier = series.Day(range.To.AddDays(-7 * weeksBefore));
                return new SameWeekdayWeek(
                    weeksBefore, earlier, Change.Pct(day.Admissions, earlier.Admissions), Change.Pct(day.GrossRupiah, earlier.GrossRupiah));
            })
            .ToList();
        var averageAdmissions = Average(weeks.Select(w => w.Day.Admissions));
        var averageGross = Average(weeks.Select(w => w.Day.GrossRupiah));
        var (page, info) = paging.Slice(weeks);
        return new SameWeekday(
            Word(by),
            key,
            name,
            range.From,
            range.To,
            Weekday(range.To),
            day,
            averageAdmissions,
            averageGross,
            weeks.Count == 0 ? null : Change.Pct(day.Admissions, averageAdmissions),
            weeks.Count == 0 ? null : Change.Pct(day.GrossRupiah, averageGross),
            info,
            page);
    }

    private async Task<DailySeries> ReadAsync(ComparedDimension by, string key, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        new(await admissions.GetHistoryAsync(Dimension(by), key, from, to, cancellationToken));

    private static RollupDimension Dimension(ComparedDimension by) => by switch
    {
        ComparedDimension.Movie => RollupDimension.Movie,
        ComparedDimension.City => RollupDimension.City,
        _ => RollupDimension.Chain,
    };

    private static Found<T> NotFound<T>(ComparedDimension by, string key, DateOnly from, DateOnly to) where T : class =>
        Found<T>.NotFound(FormattableString.Invariant($"No {Word(by)} with id {key} between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}."));

    private static long Average(IEnumerable<long> values) =>
        values.ToList() is { Count: > 0 } list ? (long)Math.Round(list.Average(), MidpointRounding.AwayFromZero) : 0;

    private static string Word(ComparedDimension by) => by.ToString().ToLowerInvariant();

    private static string Weekday(DateOnly date) => date.DayOfWeek.ToString();
}
