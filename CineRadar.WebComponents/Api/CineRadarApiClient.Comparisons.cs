using CineRadar.Contracts;
using CineRadar.WebComponents.Navigation;

namespace CineRadar.WebComponents.Api;

// The analysts' comparisons over date ranges: week over week, same weekday, releases to date and aligned openings.
public sealed partial class CineRadarApiClient
{
    /// <summary>A movie's, city's or chain's (<paramref name="by"/>) days from <paramref name="from"/> to <paramref name="to"/> against a week earlier.</summary>
    public Task<ApiResult<WeekOverWeek>> FindWeekOverWeekAsync(
        string by, string key, DateOnly? from, DateOnly? to, int? offset = null, int? limit = null, CancellationToken cancellationToken = default) =>
        FindAsync<WeekOverWeek>($"{V1}/analytics/compare/{Segment(by)}/{Segment(key)}/week-over-week{Range(from, to, offset, limit)}", cancellationToken);

    /// <summary>The day <paramref name="to"/> of a movie, city or chain against the same weekday of the weeks back to <paramref name="from"/>.</summary>
    public Task<ApiResult<SameWeekday>> FindSameWeekdayAsync(
        string by, string key, DateOnly? from, DateOnly? to, int? offset = null, int? limit = null, CancellationToken cancellationToken = default) =>
        FindAsync<SameWeekday>($"{V1}/analytics/compare/{Segment(by)}/{Segment(key)}/same-weekday{Range(from, to, offset, limit)}", cancellationToken);

    /// <summary>The movies playing on a date (the Api's today when null), each with its release to date.</summary>
    public Task<ReleaseToDateList> GetReleasesAsync(DateOnly? date, int? offset = null, int? limit = null, CancellationToken cancellationToken = default) =>
        GetAsync<ReleaseToDateList>(
            $"{V1}/analytics/release-to-date{Query(("date", UrlQuery.Day(date)), ("offset", Number(offset)), ("limit", Number(limit)))}", cancellationToken);

    public Task<ApiResult<ReleaseToDate>> FindReleaseAsync(
        string movieId, DateOnly? to, int? offset = null, int? limit = null, CancellationToken cancellationToken = default) =>
        FindAsync<ReleaseToDate>(
            $"{V1}/analytics/release-to-date/{Segment(movieId)}{Query(("to", UrlQuery.Day(to)), ("offset", Number(offset)), ("limit", Number(limit)))}",
            cancellationToken);

    /// <summary>Two movies' first <paramref name="days"/> days, each from its own first day seen, up to <paramref name="to"/>.</summary>
    public Task<ApiResult<OpeningComparison>> FindOpeningsAsync(
        string first, string second, int days, DateOnly? to, int? offset = null, int? limit = null, CancellationToken cancellationToken = default) =>
        FindAsync<OpeningComparison>(
            $"{V1}/analytics/openings{Query(("first", first), ("second", second), ("days", Number(days)), ("to", UrlQuery.Day(to)), ("offset", Number(offset)), ("limit", Number(limit)))}",
            cancellationToken);

    private static string Range(DateOnly? from, DateOnly? to, int? offset, int? limit) =>
        Query(("from", UrlQuery.Day(from)), ("to", UrlQuery.Day(to)), ("offset", Number(offset)), ("limit", Number(limit)));

    private static string? Number(int? value) => value is { } number ? Number(number) : null;
}
