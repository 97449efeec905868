using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;
using CineRadar.Core.Seats;
using CineRadar.Core.Time;

namespace CineRadar.Benchmarks;

/// <summary>
/// A synthetic national day at TIX's scale: 83 cities, 480 theatres, 30 movies, 12,000 showtimes, and four seat
/// samples per showtime (48,000), with 200-seat maps.
/// </summary>
internal static class NationalDay
{
    public static readonly DateOnly Date = new(2026, 1, 11);
    private const int TheatreCount = 480;
    private const int MovieCount = 30;
    private const int ShowtimesPerTheatre = 25;
    private static readonly string[] Kinds = ["t180", "t60", "t40", "final"];

    public static CatalogPublication Publication()
    {
        var movies = Enumerable.Range(0, MovieCount)
            .Select(m => new Movie($"19000000000000{m:00000}", $"MOVIE {m}", ["Drama"], null, "R", null, ["XXI"], false))
            .ToList();
        var cities = Cities.All.Select((city, c) =>
        {
            var theatres = Enumerable.Range(0, TheatreCount).Where(t => t % Cities.All.Count == c).ToList();
            var schedules = movies.Select((movie, m) => new CityMovieSchedule(movie.Id, theatres
                .Where(t => (t + m) % 3 == 0)
                .Select(t => Theatre(t, city, movie, m))
                .ToList())).ToList();
            return new CityScrape(city.Id, city.Name, Date, movies, schedules);
        }).ToList();
        return new CatalogPublication(Date, DateTimeOffset.UtcNow, "bench", cities);
    }

    public static IEnumerable<SeatSample> Samples(CatalogPublication publication)
    {
        var layout = new SeatLayout(Enumerable.Range(0, 10).Select(r => new SeatRow(((char)('A' + r)).ToString(), new string('1', 12) + "_" + new string('0', 8))).ToList());
        foreach (var theatre in publication.Cities.SelectMany(c => c.Schedules).SelectMany(s => s.Theatres.Select(t => (s.MovieId, Theatre: t))))
        {
            foreach (var show in theatre.Theatre.Rooms.SelectMany(r => r.Showtimes))
            {
                foreach (var kind in Kinds)
                {
                    yield return new SeatSample(show.Id, Date, kind, show.StartsAt.AddMinutes(-30), show.StartsAt, theatre.MovieId,
                        theatre.Theatre.TheatreId, theatre.Theatre.CityId, theatre.Theatre.Merchant, "REGULAR 2D", layout, false);
                }
            }
        }
    }

    private static TheatreSchedule Theatre(int t, City city, Movie movie, int m)
    {
        // Each theatre shows every third movie two or three times: about 25 showtimes a theatre, 12,000 in all.
        var shows = Enumerable.Range(0, (t + m) % 2 == 0 ? 3 : 2)
            .Select(s => new Showtime($"2{t:0000}{m:00}{s:0}000000000000", $"{10 + ((m + s * 4) % 13)}:15", 1,
                IndonesianClock.ShowtimeStart(Date, $"{10 + ((m + s * 4) % 13)}:15", city.TimeZone)))
            .ToList();
        return new TheatreSchedule($"11000000000000{t:00000}", $"THEATRE {t}", "Jl. Contoh", "XXI", city.Id, city.Name,
            [new Room("REGULAR 2D", "Rp40.000", shows)]);
    }

    public static int ShowtimeCount(CatalogPublication publication) =>
        publication.Cities.SelectMany(c => c.Schedules).SelectMany(s => s.Theatres).Sum(t => t.ShowtimeCount);

    public static int Target => TheatreCount * ShowtimesPerTheatre;
}
