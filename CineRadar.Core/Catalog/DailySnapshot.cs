namespace CineRadar.Core.Catalog;

/// <summary>
/// The slim view of a day (the original's <c>snapshots/{date}</c>): every movie with the cities listing it and its
/// theatre count per city, and the number of movies per city. Derived from the day's schedules, never written by hand.
/// <see cref="Source"/> is where the scraper that published it collected the data: <c>tix</c> or <c>sandbox</c>
/// (null for days published before it was recorded).
/// </summary>
public sealed record DailySnapshot(
    DateOnly Date,
    DateTimeOffset ScrapedAt,
    IReadOnlyList<SnapshotMovie> Movies,
    IReadOnlyDictionary<string, int> MoviesPerCity,
    string? Source = null)
{
    public int CityCount => MoviesPerCity.Count(c => c.Value > 0);

    public int PresaleCount => Movies.Count(m => m.Movie.IsPresale);

    /// <summary>Builds the snapshot from the day's schedules: movies ordered by reach (cities, then theatres, then title).</summary>
    public static DailySnapshot From(DateOnly date, DateTimeOffset scrapedAt, IEnumerable<MovieSchedule> schedules, string? source = null)
    {
        var movies = schedules
            .Select(s => new SnapshotMovie(
                s.Movie,
                s.Cities.ToDictionary(
                    c => c.Name,
                    c => s.Theatres.Where(t => t.CityId == c.Id).Select(t => t.TheatreId).Distinct(StringComparer.Ordinal).Count(),
                    StringComparer.Ordinal)))
            .OrderByDescending(m => m.TheatreCounts.Count)
            .ThenByDescending(m => m.TheatreCounts.Values.Sum())
            .ThenBy(m => m.Movie.Title, StringComparer.Ordinal)
            .ToList();
        var perCity = movies
            .SelectMany(m => m.TheatreCounts.Keys)
            .GroupBy(c => c, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new DailySnapshot(date, scrapedAt, movies, perCity, source);
    }
}

/// <summary>A movie in the snapshot with its theatre count per city name (0 where it is listed without showtimes).</summary>
public sealed record SnapshotMovie(Movie Movie, IReadOnlyDictionary<string, int> TheatreCounts)
{
    public IEnumerable<string> Cities => TheatreCounts.Keys.Order(StringComparer.Ordinal);
}
