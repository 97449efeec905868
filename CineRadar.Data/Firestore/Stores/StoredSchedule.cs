using CineRadar.Core.Catalog;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// A movie's schedule document for one date as read: the movie, one listing per city name (reassembled from the
/// document and its city sub-documents), and which cities live in sub-documents.
/// </summary>
internal sealed record StoredSchedule(DateOnly Date, Movie Movie, IReadOnlyList<CityListing> Listings, IReadOnlySet<string> SplitCities)
{
    /// <summary>The schedule; a document without cities (an empty <c>cities</c> map) is a movie playing nowhere.</summary>
    public MovieSchedule ToMovieSchedule() => Listings.Count == 0 ? new MovieSchedule(Date, Movie, [], []) : Assemble(Date, Listings);

    /// <summary>Listings ordered by city name become one schedule (through <see cref="CatalogAssembly"/>, as every store does).</summary>
    public static MovieSchedule Assemble(DateOnly date, IEnumerable<CityListing> listings) =>
        CatalogAssembly.Assemble(date, listings.OrderBy(l => l.City.Name, StringComparer.Ordinal)).Single();
}
