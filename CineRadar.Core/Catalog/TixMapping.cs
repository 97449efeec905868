using CineRadar.Core.Reference;
using CineRadar.Core.Time;
using CineRadar.Core.Tix;

namespace CineRadar.Core.Catalog;

/// <summary>The one place where TIX's payload records become CineRadar's catalog records.</summary>
public static class TixMapping
{
    public static Movie ToMovie(TixMovie movie) => new(
        movie.Id, movie.Title, movie.Genres, movie.PosterUrl, movie.AgeCategory, movie.Country, movie.Merchants, movie.IsPresale);

    /// <summary>
    /// A theatre's rooms and showtimes for a date: each showtime's start read from <c>display_time</c> in the zone
    /// <paramref name="rule"/> names, and its listed time the city's local time of that start. Rooms without showtimes
    /// are dropped.
    /// </summary>
    public static TheatreSchedule ToTheatreSchedule(TixTheatre theatre, CityRef city, IndonesianTimeZone cityZone, DisplayTimeZoneRule rule, DateOnly date) => new(
        theatre.Id,
        theatre.Name,
        theatre.Address,
        theatre.Merchant,
        city.Id,
        city.Name,
        theatre.PriceGroups
            .Where(g => g.Showtimes.Count > 0)
            .Select(g => new Room(
                g.Category,
                g.PriceText,
                g.Showtimes.Select(s => ToShowtime(s, cityZone, rule, date)).ToList()))
            .ToList());

    private static Showtime ToShowtime(TixShowtime showtime, IndonesianTimeZone cityZone, DisplayTimeZoneRule rule, DateOnly date)
    {
        var start = IndonesianClock.DisplayTimeStart(date, showtime.DisplayTime, cityZone, rule);
        return new Showtime(showtime.Id, IndonesianClock.LocalTime(start, cityZone), showtime.Status, start);
    }

    /// <summary>
    /// Joins the theatres of several schedule pages: a theatre that appears on two pages keeps one entry with the rooms
    /// of both (a showtime seen twice is kept once). Theatres without rooms are dropped.
    /// </summary>
    public static IReadOnlyList<TheatreSchedule> MergePages(IEnumerable<TheatreSchedule> theatres) =>
        theatres
            .GroupBy(t => t.TheatreId, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.First() : g.First() with
            {
                Rooms = g.SelectMany(t => t.Rooms)
                    .GroupBy(r => (r.Category, r.PriceText))
                    .Select(rooms => new Room(
                        rooms.Key.Category,
                        rooms.Key.PriceText,
                        rooms.SelectMany(r => r.Showtimes).DistinctBy(s => s.Id, StringComparer.Ordinal).ToList()))
                    .ToList(),
            })
            .Where(t => t.Rooms.Count > 0)
            .ToList();
}
