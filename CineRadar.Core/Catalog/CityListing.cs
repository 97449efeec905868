namespace CineRadar.Core.Catalog;

/// <summary>One movie in one city on one date: the unit both stores replace when a city is published again.</summary>
public sealed record CityListing(DateOnly Date, CityRef City, Movie Movie, IReadOnlyList<TheatreSchedule> Theatres);

/// <summary>The one place where city listings become movie schedules and back.</summary>
public static class CatalogAssembly
{
    /// <summary>Every movie a city lists, with its theatres there (none when it has no showtime that day).</summary>
    public static IEnumerable<CityListing> Listings(CityScrape city)
    {
        var theatres = city.Schedules.ToDictionary(s => s.MovieId, s => s.Theatres, StringComparer.Ordinal);
        var cityRef = new CityRef(city.CityId, city.CityName);
        return city.Movies.Select(movie => new CityListing(city.Date, cityRef, movie, theatres.GetValueOrDefault(movie.Id) ?? []));
    }

    /// <summary>A city's part of a day's movie schedules, as the sweep that read it staged it: null when no movie lists the city.</summary>
    public static CityScrape? ForCity(DateOnly date, CityRef city, IEnumerable<MovieSchedule> schedules)
    {
        var listing = schedules.Where(s => s.Cities.Any(c => c.Id == city.Id)).ToList();
        return listing.Count == 0
            ? null
            : new CityScrape(
                city.Id,
                city.Name,
                date,
                listing.Select(s => s.Movie).ToList(),
                listing.Select(s => new CityMovieSchedule(s.Movie.Id, s.Theatres.Where(t => t.CityId == city.Id).ToList())).ToList());
    }

    /// <summary>
    /// Groups listings into movie schedules. A movie's details come from its first listing, with genres and merchants
    /// unioned across cities; cities and theatres keep the order they are given in.
    /// </summary>
    public static IReadOnlyList<MovieSchedule> Assemble(DateOnly date, IEnumerable<CityListing> listings) =>
        listings
            .GroupBy(l => l.Movie.Id, StringComparer.Ordinal)
            .Select(g => new MovieSchedule(
                date,
                Merge(g.Select(l => l.Movie).ToList()),
                g.Select(l => l.City).DistinctBy(c => c.Id, StringComparer.Ordinal).ToList(),
                g.SelectMany(l => l.Theatres).ToList()))
            .ToList();

    private static Movie Merge(IReadOnlyList<Movie> sightings)
    {
        var first = sightings[0];
        return first with
        {
            Genres = sightings.SelectMany(m => m.Genres).Distinct(StringComparer.Ordinal).ToList(),
            Merchants = sightings.SelectMany(m => m.Merchants).Distinct(StringComparer.Ordinal).ToList(),
            IsPresale = sightings.Any(m => m.IsPresale),
        };
    }
}
