using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CineRadar.Api.Caching;
using CineRadar.Api.Reads;
using CineRadar.Api.Validation;
using CineRadar.Core.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis;

/// <summary>
/// Analysts' comparisons over date ranges, from the stored daily rollups: week over week and same weekday for a movie,
/// city or chain, movies' releases to date, and two movies' openings aligned on their first day (any key may read them).
/// </summary>
internal static class ComparisonsApi
{
    /// <summary>How many days a week-over-week range covers when <c>from</c> is omitted: one week.</summary>
    public const int WeekDays = 7;

    /// <summary>How many days a same-weekday range covers when <c>from</c> is omitted: the day and the eight weeks before it.</summary>
    public const int SameWeekdayDays = 57;

    /// <summary>How many days of two openings are aligned when <c>days</c> is omitted: two weeks.</summary>
    public const int DefaultOpeningDays = 14;

    /// <summary>The longest text a movie, city or chain key may be (a new chain's key is its merchant name).</summary>
    public const int MaxKeyLength = 100;

    public static RouteGroupBuilder MapComparisonsApi(this RouteGroupBuilder api)
    {
        var comparisons = api.MapGroup("/analytics").WithTags("Comparisons");
        comparisons.MapGet("/compare/{by}/{key}/week-over-week", GetWeekOverWeek)
            .WithSummary("A movie's, city's or chain's days from 'from' to 'to', each against the same weekday a week earlier");
        comparisons.MapGet("/compare/{by}/{key}/same-weekday", GetSameWeekday)
            .WithSummary("The day 'to' of a movie, city or chain against the same weekday of each earlier week from 'from'");
        comparisons.MapGet("/release-to-date", ListReleases)
            .WithSummary("The movies playing on a date, each with its admissions and gross since the first day CineRadar saw it");
        comparisons.MapGet("/release-to-date/{movieId}", GetRelease)
            .WithSummary("A movie's admissions and gross since its first day seen, weekend against weekdays, day by day");
        comparisons.MapGet("/openings", GetOpenings)
            .WithSummary("Two movies' first days side by side, each counted from its own first day seen");
        return api;
    }

    public static async ValueTask<Results<CachedJson<WeekOverWeek>, ValidationProblem>> GetWeekOverWeek(
        [Description("What the key is")] Word<ComparedDimension> by,
        [Description("The movie id, city id or chain key")][MaxLength(MaxKeyLength)] string key,
        [Description("The first day; 7 days ending at 'to' when omitted")] DateOnly? from,
        [Description("The last day; today when omitted")] DateOnly? to,
        [Description("How many days to skip; 0 when omitted")][Range(0, Paging.MaxOffset)] int? offset,
        [Description("How many days; 50 when omitted")][Range(1, Paging.MaxLimit)] int? limit,
        TimeProvider clock,
        ComparisonReads reads,
        CancellationToken cancellationToken)
    {
        var problems = new Parameters();
        var range = DateRange.Read(from, to, clock.Today(), WeekDays, problems);
        if (!problems.IsValid)
        {
            return problems.Problem();
        }

        return await reads.WeekOverWeekAsync(by.Value, key.Trim(), range, Paging.Of(offset, limit), cancellationToken);
    }

    public static async ValueTask<Results<CachedJson<SameWeekday>, ValidationProblem>> GetSameWeekday(
        [Description("What the key is")] Word<ComparedDimension> by,
        [Description("The movie id, city id or chain key")][MaxLength(MaxKeyLength)] string key,
        [Description("The first day an earlier weekday may fall on; 56 days before 'to' when omitted")] DateOnly? from,
        [Description("The day compared; today when omitted")] DateOnly? to,
        [Description("How many weeks to skip; 0 when omitted")][Range(0, Paging.MaxOffset)] int? offset,
        [Description("How many weeks; 50 when omitted")][Range(1, Paging.MaxLimit)] int? limit,
        TimeProvider clock,
        ComparisonReads reads,
        CancellationToken cancellationToken)
    {
        var problems = new Parameters();
        var range = DateRange.Read(from, to, clock.Today(), SameWeekdayDays, problems);
        if (!problems.IsValid)
        {
            return problems.Problem();
        }

        return await reads.SameWeekdayAsync(by.Value, key.Trim(), range, Paging.Of(offset, limit), cancellationToken);
    }

    public static ValueTask<CachedJson<ReleaseToDateList>> ListReleases(
        DateOnly? date,
        [Description("How many movies to skip; 0 when omitted")][Range(0, Paging.MaxOffset)] int? offset,
        [Description("How many movies; 50 when omitted")][Range(1, Paging.MaxLimit)] int? limit,
        TimeProvider clock,
        ReleaseReads reads,
        CancellationToken cancellationToken) =>
        reads.ListAsync(date ?? clock.Today(), Paging.Of(offset, limit), cancellationToken);

    public static ValueTask<CachedJson<ReleaseToDate>> GetRelease(
        ResourceId movieId,
        [Description("The last day counted; today when omitted")] DateOnly? to,
        [Description("How many days to skip; 0 when omitted")][Range(0, Paging.MaxOffset)] int? offset,
        [Description("How many days; 50 when omitted")][Range(1, Paging.MaxLimit)] int? limit,
        TimeProvider clock,
        ReleaseReads reads,
        CancellationToken cancellationToken) =>
        reads.ReleaseToDateAsync(movieId.Value, to ?? clock.Today(), Paging.Of(offset, limit), cancellationToken);

    public static ValueTask<CachedJson<OpeningComparison>> GetOpenings(
        [Description("The first movie's id")] ResourceId first,
        [Description("The second movie's id")] ResourceId second,
        [Description("How many days from each first day; 14 when omitted")][Range(1, DateRange.MaxDays)] int? days,
        [Description("The last day counted; today when omitted")] DateOnly? to,
        [Description("How many days to skip; 0 when omitted")][Range(0, Paging.MaxOffset)] int? offset,
        [Description("How many days; 50 when omitted")][Range(1, Paging.MaxLimit)] int? limit,
        TimeProvider clock,
        ReleaseReads reads,
        CancellationToken cancellationToken) =>
        reads.OpeningsAsync(first.Value, second.Value, days ?? DefaultOpeningDays, to ?? clock.Today(), Paging.Of(offset, limit), cancellationToken);
}
