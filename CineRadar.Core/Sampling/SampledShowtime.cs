using CineRadar.Core.Catalog;

namespace CineRadar.Core.Sampling;

/// <summary>A showtime as seat sampling sees it: where, when, which room and price, and whether it was bookable.</summary>
public sealed record SampledShowtime(
    string ShowtimeId,
    DateOnly Date,
    DateTimeOffset StartsAt,
    string DisplayTime,
    string MovieId,
    string MovieTitle,
    string TheatreId,
    string TheatreName,
    string CityId,
    string CityName,
    string Merchant,
    string RoomCategory,
    long? PriceRupiah,
    bool Bookable)
{
    /// <summary>Every showtime of a day's schedules that still plays (cancelled ones are left out), once each.</summary>
    public static IReadOnlyList<SampledShowtime> From(IEnumerable<MovieSchedule> schedules) =>
        schedules
            .SelectMany(s => s.Theatres.SelectMany(t => t.Rooms.SelectMany(r => r.Showtimes.Where(show => !show.IsCancelled).Select(show => new SampledShowtime(
                show.Id, s.Date, show.StartsAt, show.DisplayTime, s.Movie.Id, s.Movie.Title, t.TheatreId, t.TheatreName,
                t.CityId, t.CityName, t.Merchant, r.Category, r.Price?.MidpointRupiah, show.IsBookable)))))
            .DistinctBy(s => s.ShowtimeId, StringComparer.Ordinal)
            .ToList();

    /// <summary>The showtime a stored estimate is of (bookable: it was read).</summary>
    public static SampledShowtime From(ShowtimeEstimate estimate) => new(
        estimate.ShowtimeId, estimate.Date, estimate.StartsAt, estimate.DisplayTime, estimate.MovieId, estimate.MovieTitle,
        estimate.TheatreId, estimate.TheatreName, estimate.CityId, estimate.CityName, estimate.Merchant, estimate.RoomCategory,
        estimate.TicketPriceRupiah, Bookable: true);
}
