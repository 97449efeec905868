using CineRadar.Contracts;

namespace CineRadar.Public.Views;

/// <summary>A show in a city with what is needed to list it: movie, theatre, room and the latest reading.</summary>
public sealed record CityShow(MovieSummary Movie, TheatreDto Theatre, RoomDto Room, ShowtimeDto Showtime);

/// <summary>
/// A city's busiest shows now: those that have not started more than <see cref="StartedGrace"/> ago and were not
/// cancelled, with a reading, fullest first (earlier start on a tie). A locked house ranks by its last reading before the lock, never at 100 %.
/// </summary>
public static class BusiestShows
{
    public static readonly TimeSpan StartedGrace = TimeSpan.FromMinutes(30);

    public static IReadOnlyList<CityShow> From(IEnumerable<MovieDetail> movies, string cityId, DateTimeOffset now, int count) =>
        movies
            .SelectMany(m => m.Cities.Where(c => c.Id == cityId).SelectMany(c => c.Theatres)
                .SelectMany(t => t.Rooms.SelectMany(r => r.Showtimes.Select(s => new CityShow(m.Movie, t.Theatre, r, s)))))
            .Where(s => !s.Showtime.Cancelled && s.Showtime.Occupancy?.TakenPct is not null && s.Showtime.StartsAt > now - StartedGrace)
            .OrderByDescending(s => s.Showtime.Occupancy!.TakenPct)
            .ThenBy(s => s.Showtime.StartsAt)
            .Take(count)
            .ToList();
}
