namespace CineRadar.Core.Catalog;

/// <summary>
/// What one city's sweep produced for one date: the city's now-playing movies and, per movie, the theatres showing it.
/// A run stages one of these per city until the whole day is validated and published.
/// </summary>
public sealed record CityScrape(
    string CityId,
    string CityName,
    DateOnly Date,
    IReadOnlyList<Movie> Movies,
    IReadOnlyList<CityMovieSchedule> Schedules)
{
    /// <summary>The theatres showing any of the city's movies.</summary>
    public int TheatreCount => Schedules.SelectMany(s => s.Theatres).Select(t => t.TheatreId).Distinct(StringComparer.Ordinal).Count();

    public int ShowtimeCount => Schedules.Sum(s => s.Theatres.Sum(t => t.ShowtimeCount));
}

/// <summary>A movie's theatres in one city.</summary>
public sealed record CityMovieSchedule(string MovieId, IReadOnlyList<TheatreSchedule> Theatres);
