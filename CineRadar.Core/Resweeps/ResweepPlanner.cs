using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Resweeps;

/// <summary>A city as the re-sweep planner weighs it: its movies, what one movie's schedules cost to read, when it was last read.</summary>
/// <see cref="Reads"/> counts the planned re-sweeps that have read it today, which turns the rotation of its other movies.
public sealed record ResweepCity(string CityId, string CityName, IReadOnlyList<ResweepMovie> Movies, double RequestsPerMovie, DateTimeOffset LastRead, int Reads = 0)
{
    /// <summary>The city's weight of change: the sum of its movies' weights (<see cref="ResweepMovie.Weight"/>).</summary>
    public double Weight => Movies.Sum(m => m.Weight);
}

/// <summary>A movie in a city: its shows that have not started yet, and how fast the movie sells nationally (1 = not at all).</summary>
public sealed record ResweepMovie(string MovieId, int UpcomingShows, double Heat)
{
    /// <summary>
    /// Its shows still to start and one more, each counted by its heat: a cinema may give any movie the city lists a show,
    /// also one whose shows have all started or that had none today.
    /// </summary>
    public double Weight => (UpcomingShows + 1) * Heat;
}

/// <summary>A city chosen for a re-sweep: the movies its partial read covers and the requests that read is expected to cost.</summary>
public sealed record ResweepTarget(string CityId, string CityName, IReadOnlyList<string> MovieIds, int ExpectedRequests);

/// <summary>
/// Chooses what a re-sweep reads: where a read is likeliest to find in time a change it would otherwise see too late.
/// A city weighs its movies (<see cref="ResweepMovie.Weight"/>: shows still to start and one more, each counted by how
/// fast its movie sells in the day's seat readings). The change it may hold unseen grows with the hours since it was
/// last read, and so does the share of that change that will be seen too late (a show announced shortly before its
/// start), so a read is worth its weight times the square of those hours, divided by what its partial read costs. Each
/// city then comes round at intervals that grow with the square root of its cost over its weight, not in proportion:
/// the busiest cities come often and the small ones are not left unread for half a day. A city's partial read covers
/// its movie list and its heaviest movies, up to <see cref="PartialShare"/> of its weight. Cities with a show still to
/// start are chosen in order while their partial reads fit in the re-sweep's allowance less
/// <see cref="EscalationReserve"/>, which is kept for full re-reads of cities where a partial read found a change.
/// </summary>
public static class ResweepPlanner
{
    /// <summary>The share of a city's weight its partial read covers.</summary>
    public const double PartialShare = 0.6;

    /// <summary>A city's movies beyond its heaviest are read in turn: each one in this many of the city's reads.</summary>
    public const int Rotation = 2;

    /// <summary>The share of a re-sweep's allowance kept for full re-reads of cities that changed.</summary>
    public const double EscalationReserve = 0.3;

    /// <summary>A city read within the last quarter of an hour weighs as if read a quarter of an hour ago.</summary>
    private static readonly TimeSpan MinStaleness = TimeSpan.FromMinutes(15);

    /// <summary>Shows starting this soon are past seeing: a change found now could not be sampled before the start.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromMinutes(20);

    public static IReadOnlyList<ResweepTarget> Plan(IEnumerable<ResweepCity> cities, int allowance, DateTimeOffset now)
    {
        var budget = allowance * (1 - EscalationReserve);
        var targets = new List<ResweepTarget>();
        var spent = 0;
        var candidates = cities
            .Where(c => c.Movies.Any(m => m.UpcomingShows > 0))
            .Select(c =>
            {
                var movies = PartialScope(c);
                var cost = Cost(c, movies.Count);
                return (Target: new ResweepTarget(c.CityId, c.CityName, movies, cost), Priority: Priority(c, cost, now));
            })
            .OrderByDescending(x => x.Priority)
            .ThenBy(x => x.Target.CityId, StringComparer.Ordinal);
        foreach (var (target, _) in candidates)
        {
            if (spent + target.ExpectedRequests > budget)
            {
                continue;
            }

            targets.Add(target);
            spent += target.ExpectedRequests;
        }

        return targets;
    }

    /// <summary>
    /// The heaviest movies of a city, up to <see cref="PartialShare"/> of its weight (at least one), and one in
    /// <see cref="Rotation"/> of its others, a different one each time a planned re-sweep reads the city, so that every
    /// movie is read again within that many reads.
    /// </summary>
    public static IReadOnlyList<string> PartialScope(ResweepCity city)
    {
        var ordered = city.Movies.OrderByDescending(m => m.Weight).ThenBy(m => m.MovieId, StringComparer.Ordinal).ToList();
        var scope = new List<string>();
        var covered = 0.0;
        foreach (var movie in ordered)
        {
            if (scope.Count > 0 && covered >= city.Weight * PartialShare)
            {
                break;
            }

            scope.Add(movie.MovieId);
            covered += movie.Weight;
        }

        var turn = city.Reads % Rotation;
        scope.AddRange(ordered.Skip(scope.Count).Where((_, i) => i % Rotation == turn).Select(m => m.MovieId));
        return scope;
    }

    /// <summary>The movie list, then each movie's schedule pages.</summary>
    public static int Cost(ResweepCity city, int movies) => 1 + (int)Math.Ceiling(movies * city.RequestsPerMovie);

    /// <summary>
    /// What reading a city now is worth: its weight times the square of the hours since it was last read (the changes it
    /// holds unseen, times the share of them that waiting longer would see too late), per request its partial read costs
    /// (<paramref name="cost"/>).
    /// </summary>
    private static double Priority(ResweepCity city, int cost, DateTimeOffset now)
    {
        var stale = now - city.LastRead;
        var hours = (stale < MinStaleness ? MinStaleness : stale).TotalHours;
        return city.Weight * hours * hours / cost;
    }

    /// <summary>
    /// The cities of a day as the planner weighs them, from the day's stored schedules, its seat readings (a movie's heat
    /// is 1 plus twice the average occupancy of its shows' latest readings) and the day's <see cref="ResweepMeasure"/>.
    /// </summary>
    public static IReadOnlyList<ResweepCity> Weigh(
        IReadOnlyList<MovieSchedule> schedules,
        IReadOnlyList<SeatSampleSummary> readings,
        ResweepMeasure measure,
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
                return new ResweepCity(
                    city.Id, city.Name, movies, measure.RequestsPerMovie.GetValueOrDefault(city.Id, 1),
                    measure.LastRead.GetValueOrDefault(city.Id, measure.DayRead), measure.Reads.GetValueOrDefault(city.Id));
            })
            .ToList();
    }
}
