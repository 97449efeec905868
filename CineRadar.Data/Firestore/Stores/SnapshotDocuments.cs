using CineRadar.Core.Catalog;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>snapshots/{date}</c> and <c>snapshots/latest</c> in the original's slim shape: <c>scraped_at</c>, <c>date</c>,
/// <c>summary</c>, <c>movies</c> (with <c>cities</c> and <c>theatre_counts</c>) and <c>city_stats</c>, and
/// <c>source</c> (<c>tix</c> or <c>sandbox</c>).
/// </summary>
internal static class SnapshotDocuments
{
    public static Dictionary<string, object?> Write(DailySnapshot snapshot) => new(StringComparer.Ordinal)
    {
        ["scraped_at"] = FirestoreTime.Format(snapshot.ScrapedAt),
        ["date"] = snapshot.Date,
        ["summary"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["total_cities"] = snapshot.CityCount,
            ["total_movies"] = snapshot.Movies.Count,
            ["presale_count"] = snapshot.PresaleCount,
        },
        ["movies"] = snapshot.Movies.Select(m =>
        {
            var movie = MovieFields.Write(m.Movie, "id");
            movie["cities"] = m.Cities.ToList();
            movie["theatre_counts"] = Counts(m.TheatreCounts);
            return movie;
        }).ToList(),
        ["city_stats"] = Counts(snapshot.MoviesPerCity),
        ["source"] = snapshot.Source,
    };

    public static DailySnapshot Read(FirestoreFields fields) => new(
        fields.RequiredDate("date"),
        fields.RequiredInstant("scraped_at"),
        fields.Maps("movies").Select(m => new SnapshotMovie(MovieFields.Read(m, "id"), ReadCounts(m.Map("theatre_counts")))).ToList(),
        ReadCounts(fields.Map("city_stats")),
        fields.String("source"));

    private static Dictionary<string, object?> Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.ToDictionary(c => c.Key, c => (object?)c.Value, StringComparer.Ordinal);

    private static Dictionary<string, int> ReadCounts(FirestoreFields counts) =>
        counts.Values.Keys.ToDictionary(city => city, counts.Int, StringComparer.Ordinal);
}
