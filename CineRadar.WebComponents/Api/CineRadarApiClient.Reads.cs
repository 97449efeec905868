using CineRadar.Contracts;
using CineRadar.WebComponents.Navigation;

namespace CineRadar.WebComponents.Api;

// The reads both sites make: reference tables, movies, theatres, showtimes, box office, analytics and freshness.
public sealed partial class CineRadarApiClient
{
    public Task<IReadOnlyList<CityDto>> GetCitiesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<CityDto>>($"{V1}/cities", cancellationToken);

    public Task<IReadOnlyList<RegionDto>> GetRegionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<RegionDto>>($"{V1}/regions", cancellationToken);

    public Task<IReadOnlyList<DateOnly>> GetDatesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<DateOnly>>($"{V1}/dates", cancellationToken);

    /// <summary>The movies playing in the whole country on a date (the Api's today when null).</summary>
    public Task<MovieList> GetMoviesAsync(DateOnly? date, CancellationToken cancellationToken = default) =>
        GetAsync<MovieList>($"{V1}/movies{Query(("date", UrlQuery.Day(date)))}", cancellationToken);

    /// <summary>The movies playing in one city on a date; not found when the Api knows no such city.</summary>
    public Task<ApiResult<MovieList>> FindCityMoviesAsync(DateOnly? date, string cityId, CancellationToken cancellationToken = default) =>
        FindAsync<MovieList>($"{V1}/movies{Query(("date", UrlQuery.Day(date)), ("city", cityId))}", cancellationToken);

    /// <summary>A movie's schedule on a date, in the whole country or in one city.</summary>
    public Task<ApiResult<MovieDetail>> FindMovieAsync(string movieId, DateOnly? date, string? cityId, CancellationToken cancellationToken = default) =>
        FindAsync<MovieDetail>($"{V1}/movies/{Segment(movieId)}{Query(("date", UrlQuery.Day(date)), ("city", cityId))}", cancellationToken);

    public Task<ApiResult<MovieHistory>> FindMovieHistoryAsync(string movieId, int days, DateOnly? until = null, CancellationToken cancellationToken = default) =>
        FindAsync<MovieHistory>($"{V1}/movies/{Segment(movieId)}/history{Query(("days", Number(days)), ("until", UrlQuery.Day(until)))}", cancellationToken);

    /// <summary>Every theatre, or those with the text in their name or address.</summary>
    public Task<IReadOnlyList<TheatreDto>> GetTheatresAsync(string? text = null, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<TheatreDto>>($"{V1}/theatres{Query(("q", text))}", cancellationToken);

    /// <summary>The theatres of one city; not found when the Api knows no such city.</summary>
    public Task<ApiResult<IReadOnlyList<TheatreDto>>> FindCityTheatresAsync(string cityId, CancellationToken cancellationToken = default) =>
        FindAsync<IReadOnlyList<TheatreDto>>($"{V1}/theatres{Query(("city", cityId))}", cancellationToken);

    public Task<ApiResult<TheatreDto>> FindTheatreAsync(string theatreId, CancellationToken cancellationToken = default) =>
        FindAsync<TheatreDto>($"{V1}/theatres/{Segment(theatreId)}", cancellationToken);

    public Task<ApiResult<TheatreScheduleDto>> FindTheatreScheduleAsync(string theatreId, DateOnly? date, CancellationToken cancellationToken = default) =>
        FindAsync<TheatreScheduleDto>($"{V1}/theatres/{Segment(theatreId)}/schedule{Query(("date", UrlQuery.Day(date)))}", cancellationToken);

    public Task<ApiResult<ShowtimeDetail>> FindShowtimeAsync(string showtimeId, DateOnly? date, CancellationToken cancellationToken = default) =>
        FindAsync<ShowtimeDetail>($"{V1}/showtimes/{Segment(showtimeId)}{Query(("date", UrlQuery.Day(date)))}", cancellationToken);

    public Task<BoxOffice> GetBoxOfficeAsync(DateOnly? date, CancellationToken cancellationToken = default) =>
        GetAsync<BoxOffice>($"{V1}/boxoffice{Query(("date", UrlQuery.Day(date)))}", cancellationToken);

    public Task<Freshness> GetFreshnessAsync(CancellationToken cancellationToken = default) =>
        GetAsync<Freshness>($"{V1}/freshness", cancellationToken);

    public Task<Overview> GetOverviewAsync(DateOnly? date, CancellationToken cancellationToken = default) =>
        GetAsync<Overview>($"{V1}/analytics/overview{Query(("date", UrlQuery.Day(date)))}", cancellationToken);

    public Task<Nowcast> GetNowcastAsync(DateOnly? date, CancellationToken cancellationToken = default) =>
        GetAsync<Nowcast>($"{V1}/analytics/nowcast{Query(("date", UrlQuery.Day(date)))}", cancellationToken);

    public Task<OccupancyBreakdown> GetOccupancyAsync(DateOnly? date, string by, CancellationToken cancellationToken = default) =>
        GetAsync<OccupancyBreakdown>($"{V1}/analytics/occupancy{Query(("date", UrlQuery.Day(date)), ("by", by))}", cancellationToken);

    public Task<ShowtimeShare> GetShowtimeShareAsync(DateOnly? date, CancellationToken cancellationToken = default) =>
        GetAsync<ShowtimeShare>($"{V1}/analytics/showtime-share{Query(("date", UrlQuery.Day(date)))}", cancellationToken);
}
