using CineRadar.Api.Views;
using CineRadar.Core.Catalog;
using CineRadar.Core.Seats;

namespace CineRadar.Api.Contracts;

/// <summary>
/// A movie on a date, in the whole country or in one city: its reach, and (once sampled) the admissions and gross
/// estimated for it and how full its shows are on average: seats taken over seats, summed over every show with a
/// reading, each at its newest reading that is not house-locked (the last one before the lock).
/// </summary>
internal sealed record MovieSummary(
    string Id,
    string Title,
    IReadOnlyList<string> Genres,
    string? PosterUrl,
    string? AgeCategory,
    string? Country,
    bool IsPresale,
    IReadOnlyList<string> Merchants,
    int Cities,
    int Theatres,
    int Showtimes,
    long? Admissions,
    long? GrossRupiah,
    double? OccupancyPct)
{
    public static MovieSummary From(MovieSchedule schedule, DayView day, string? cityId = null)
    {
        var theatres = schedule.Theatres.Where(t => cityId is null || t.CityId == cityId).ToList();
        var showtimeIds = theatres.SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).ToList();
        var estimates = showtimeIds.Select(day.Estimates.GetValueOrDefault).OfType<Core.Sampling.ShowtimeEstimate>().ToList();
        var readings = showtimeIds.Select(day.LatestUnlocked.GetValueOrDefault).OfType<Core.Stores.SeatSampleSummary>().ToList();
        var movie = schedule.Movie;
        return new MovieSummary(
            movie.Id,
            movie.Title,
            movie.Genres,
            movie.PosterUrl,
            movie.AgeCategory,
            movie.Country,
            movie.IsPresale,
            movie.Merchants,
            cityId is null ? schedule.Cities.Count : 1,
            theatres.Select(t => t.TheatreId).Distinct(StringComparer.Ordinal).Count(),
            showtimeIds.Count,
            estimates.Count == 0 ? null : estimates.Sum(e => (long)e.Admissions),
            estimates.Count == 0 ? null : estimates.Sum(e => e.EstimatedGrossRupiah),
            readings.Count == 0 ? null : Occupancy.Percent(readings.Sum(r => (long)r.Unavailable), readings.Sum(r => (long)r.Total)));
    }
}

internal sealed record MovieList(DateOnly Date, DateTimeOffset? ScrapedAt, IReadOnlyList<MovieSummary> Movies);

internal sealed record HourCount(int Hour, int Showtimes);

internal sealed record MovieDaySummary(long? PriceMinRupiah, long? PriceMaxRupiah, int Showtimes, IReadOnlyList<HourCount> ByHour);

internal sealed record MovieCityDto(string Id, string Name, string TimeZone, IReadOnlyList<TheatreRoomsDto> Theatres);

internal sealed record MovieDetail(DateOnly Date, IReadOnlyList<DateOnly> Dates, MovieSummary Movie, MovieDaySummary Summary, IReadOnlyList<MovieCityDto> Cities);

internal sealed record MovieHistoryDay(DateOnly Date, long Admissions, long GrossRupiah, int Showtimes, double OccupancyPct);

internal sealed record MovieHistory(string MovieId, string Title, IReadOnlyList<MovieHistoryDay> Days);

internal sealed record TheatreMovieDto(MovieSummary Movie, IReadOnlyList<RoomDto> Rooms);

internal sealed record TheatreScheduleDto(DateOnly Date, TheatreDto Theatre, IReadOnlyList<TheatreMovieDto> Movies);
