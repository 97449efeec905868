using CineRadar.Core.Catalog;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// A movie's schedule for one date as stored: the movie, its theatres per city name (reassembled from the movie
/// document and its city sub-documents) and which cities live in sub-documents.
/// </summary>
internal sealed record StoredSchedule(
    DateOnly Date,
    Movie Movie,
    IReadOnlyDictionary<string, IReadOnlyList<TheatreSchedule>> Cities,
    IReadOnlySet<string> SplitCities)
{
    public MovieSchedule ToMovieSchedule() =>
        new(Date, Movie, Cities.OrderBy(c => c.Key, StringComparer.Ordinal).SelectMany(c => c.Value).ToList());
}
