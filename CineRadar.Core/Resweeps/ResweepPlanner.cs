using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Resweeps;

/// <summary>A city as the re-sweep planner weighs it: its movies, what one movie's schedules cost to read, when it was last read.</summary>
public sealed record ResweepCity(string CityId, string CityName, IReadOnlyList<ResweepMovie> Movies, double RequestsPerMovie, DateTimeOffset LastRead)
{
    /// <summary>The city's weight of change: its shows still to start, each counted by its movie's heat.</summary>
    public double Weight => Movies.Sum(m => m.Weight);
}

/// <summary>A movie in a city: its shows that have not started yet, and how fast the movie sells nationally (1 = not at all).</summary>
public sealed record ResweepMovie(string MovieId, int UpcomingShows, double Heat)
{
    public double Weight => UpcomingShows * Heat;
}

/// <summary>A city chosen for a re-sweep: the movies its partial read covers and the requests that read is expected to cost.</summary>
public sealed record ResweepTarget(string CityId, string CityName, IReadOnlyList<string> MovieIds, int ExpectedRequests);

/// <summary>
/// Chooses what a re-sweep reads: where change is likely first. A city weighs its shows still to start, each counted
/// by how fast its movie sells (the day's seat readings), times the hours since the city was last read, so the busiest
/// cities come first and the others take their turn through the day. A city's partial read covers its movie list and its
/// heaviest movies, up to <see cref="PartialShare"/> of its weight. Cities are chosen in order while their partial reads
/// fit in the re-sweep's allowance less <see cref="EscalationReserve"/>, which is kept for full re-reads of cities
/// where a partial read found a change.
/// </summary>
public static class ResweepPlanner
{
    /// <summary>The share of a city's weight its partial read covers.</summary>
    public const double PartialShare = 0.6;

    /// <summary>The share of a re-sweep's allowance kept for full re-reads of cities that changed.</summary>
    public const double EscalationReserve = 0.3;

    /// <summary>A city read within the last hour weighs as if read an hour ago; one not read for six hours, as six.</summary>
    private static readonly TimeSpan MinStaleness = TimeSpan.FromHours(1);

    private static readonly TimeSpan MaxStaleness = TimeSpan.FromHours(6);

    /// <summary>Shows starting this soon are past seeing: a change found now could not be sampled before the start.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromMinutes(20);

    public static IReadOnlyList<ResweepTarget> Plan(IEnumerable<ResweepCity> cities, int allowance, DateTimeOffset now)
    {
        var budget = allowance * (1 - EscalationReserve);
        var targets = new List<ResweepTarget>();
        var spent = 0;
        foreach (var city in cities.Where(c => c.Weight > 0).OrderByDescending(c => Priority(c, now)).ThenBy(c => c.CityId, StringComparer.Ordinal))
        {
            var movies = PartialScope(city);
            var cost = Cost(city, movies.Count);
            if (spent + cost > budget)
            {
                continue;
            }

            targets.Add(new ResweepTarget(city.CityId, city.CityName, movies, cost));
            spent += cost;
        }

        return targets;
    }

    /// <summary>The heaviest movies of a city, up to <see cref="PartialShare"/> of its weight (at least one).</summary>
    public static IReadOnlyList<string> PartialScope(ResweepCity city)
    {
        var scope = new List<string>();
        var covered = 0.0;
        foreach (var movie in city.Movies.Where(m => m.Weight > 0).OrderByDescending(m => m.Weight).ThenBy(m => m.MovieId, StringComparer.Ordinal))
        {
            if (scope.Count > 0 && covered >= city.Weight * PartialShare)
            {
                break;
            }

            scope.Add(movie.MovieId);
            covered += movie.Weight;
        }

        return scope;
    }

    /// <summary>The movie list, then each movie's schedule pages.</summary>
    public static int Cost(ResweepCity city, int movies) => 1 + (int)Math.Ceiling(movies * city.RequestsPerMovie);

    private static double Priority(ResweepCity city, DateTimeOffset now)
    {
        var stale = now - city.LastRead;
        var hours = (stale < MinStaleness ? MinStaleness : stale > MaxStaleness ? MaxStaleness : stale).TotalHours;
        return city.Weight * hours;
    }

    /// <summary>
    /// The cities of a day as the planner weighs them, from the day's stored schedules, its seat readings (a movie's heat
    /// is 1 plus twice the average occupancy of its shows' latest readings), what each city's last full read cost per
    /// movie, and when each city was last read.
    /// </summary>
    public static IReadOnlyList<ResweepCity> Weigh(
        IReadOnlyList<MovieSchedule> schedules,
        IReadOnlyList<SeatSampleSummary> readings,
        IReadOnlyDictionary<string, double> requestsPerMovie,
        IReadOnlyDictionary<string, DateTimeOffset> lastRead,
        DateTimeOffset dayRead,
        DateTimeOffset now)
    {
        var heat = readings
            .GroupBy(r => r.ShowtimeId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.SampledAt)!)
            .GroupBy(r => r.MovieId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => 1 + (2 * g.Average(r => r.Total == 0 ? 0 : (double)r.Unavailable / r.Total)), StringComparer.Ordinal);
        return schedules
            .SelectMany(s => s.Cities.Select(c => (City: c, Schedule: s)))
            .GroupBy(x => x.City.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var city = g.First().City;
                var movies = g.Select(x => new ResweepMovie(
                        x.Schedule.Movie.Id,
                        x.Schedule.Theatres.Where(t => t.CityId == city.Id).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes)
                            .Count(s => !s.IsCancelled && s.StartsAt > now + Horizon),
                        heat.GetValueOrDefault(x.Schedule.Movie.Id, 1)))
                    .ToList();
                return new ResweepCity(city.Id, city.Name, movies, requestsPerMovie.GetValueOrDefault(city.Id, 1), lastRead.GetValueOrDefault(city.Id, dayRead));
            })
            .ToList();
    }
}
