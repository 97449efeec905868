using CineRadar.Core.Catalog;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// Reads and writes <c>schedules/{date}/movies/{movieId}</c>: the original's fields, with <c>cities</c> mapping each
/// city name to its theatres. A movie whose document would pass the 1 MiB limit has its widest cities moved to
/// <c>…/{movieId}/cities/{CITY}</c> sub-documents, named in <c>split_cities</c>; reading puts them back.
/// </summary>
internal sealed class ScheduleDocuments(FirestoreClient client)
{
    /// <summary>Room left under the limit for fields other writers may have added to a document.</summary>
    private const long SplitThreshold = DocumentSize.MaxBytes - (64 * 1024);

    private static readonly string[] MovieFieldNames =
        ["movie_id", "title", "genres", "poster", "age_category", "country", "merchants", "is_presale", "date", "uploaded_at", "split_cities"];

    public async Task<StoredSchedule?> ReadAsync(DateOnly date, string movieId, CancellationToken cancellationToken)
    {
        var document = await client.GetAsync(FirestoreLayout.ScheduleMovie(date, movieId), cancellationToken);
        return document is null ? null : (await AssembleAsync(date, [document], cancellationToken)).Single();
    }

    public async Task<IReadOnlyList<StoredSchedule>> ReadDayAsync(DateOnly date, CancellationToken cancellationToken) =>
        await AssembleAsync(date, await client.ListAsync(FirestoreLayout.ScheduleMovies(date), cancellationToken), cancellationToken);

    /// <summary>
    /// The writes that turn <paramref name="before"/> into <paramref name="cities"/>: only the cities in
    /// <paramref name="changedCities"/> (and those whose place moves between the document and a sub-document) are written,
    /// each under its own field path, so other cities are left as they are.
    /// </summary>
    public static IReadOnlyList<DocumentWrite> Write(
        DateOnly date,
        Movie movie,
        IReadOnlyDictionary<string, IReadOnlyList<TheatreSchedule>> cities,
        IReadOnlySet<string> changedCities,
        StoredSchedule? before,
        DateTimeOffset uploadedAt)
    {
        var path = FirestoreLayout.ScheduleMovie(date, movie.Id);
        var split = ChooseSplitCities(path, date, movie, cities, uploadedAt);
        bool InlineAfter(string city) => cities.ContainsKey(city) && !split.Contains(city);
        bool InlineBefore(string city) => before is not null && before.Cities.ContainsKey(city) && !before.SplitCities.Contains(city);
        bool SplitBefore(string city) => before is not null && before.SplitCities.Contains(city);

        var writes = new List<DocumentWrite>();
        if (before is null)
        {
            var fields = MainFields(date, movie, cities.Keys.Where(InlineAfter), cities, split, uploadedAt);
            fields.TryAdd("cities", new Dictionary<string, object?>());
            writes.Add(DocumentWrite.Set(path, fields));
        }
        else
        {
            var rewritten = before.Cities.Keys.Concat(before.SplitCities).Concat(cities.Keys)
                .Distinct(StringComparer.Ordinal)
                .Where(city => (InlineBefore(city) || InlineAfter(city)) && (changedCities.Contains(city) || InlineBefore(city) != InlineAfter(city)))
                .ToList();
            writes.Add(DocumentWrite.Merge(
                path,
                MainFields(date, movie, rewritten.Where(InlineAfter), cities, split, uploadedAt),
                [.. MovieFieldNames, .. rewritten.Select(city => FieldPath.Of("cities", city))]));
            writes.AddRange(before.SplitCities
                .Where(city => !split.Contains(city))
                .Select(city => DocumentWrite.Delete(FirestoreLayout.ScheduleCity(date, movie.Id, city))));
        }

        writes.AddRange(split
            .Where(city => changedCities.Contains(city) || !SplitBefore(city))
            .Select(city => DocumentWrite.Set(FirestoreLayout.ScheduleCity(date, movie.Id, city), CityFields(date, movie.Id, city, cities[city]))));
        return writes;
    }

    /// <summary>Deletes a movie's document and its city sub-documents.</summary>
    public static IReadOnlyList<DocumentWrite> Delete(StoredSchedule stored) =>
    [
        DocumentWrite.Delete(FirestoreLayout.ScheduleMovie(stored.Date, stored.Movie.Id)),
        .. stored.SplitCities.Select(city => DocumentWrite.Delete(FirestoreLayout.ScheduleCity(stored.Date, stored.Movie.Id, city))),
    ];

    private static HashSet<string> ChooseSplitCities(
        string path,
        DateOnly date,
        Movie movie,
        IReadOnlyDictionary<string, IReadOnlyList<TheatreSchedule>> cities,
        DateTimeOffset uploadedAt)
    {
        var split = new HashSet<string>(StringComparer.Ordinal);
        long Size() => DocumentSize.Of(path, FirestoreValue.EncodeFields(
            MainFields(date, movie, cities.Keys.Where(c => !split.Contains(c)), cities, split, uploadedAt)));

        var widestFirst = new Queue<string>(cities
            .OrderByDescending(c => DocumentSize.Of(path, FirestoreValue.EncodeFields(new Dictionary<string, object?> { [c.Key] = TheatreScheduleFields.Write(c.Value) })))
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key));
        while (widestFirst.Count > 0 && Size() > SplitThreshold)
        {
            split.Add(widestFirst.Dequeue());
        }

        return split;
    }

    /// <summary>The movie document's fields, with <paramref name="inlineCities"/> under <c>cities</c> (omitted when none).</summary>
    private static Dictionary<string, object?> MainFields(
        DateOnly date,
        Movie movie,
        IEnumerable<string> inlineCities,
        IReadOnlyDictionary<string, IReadOnlyList<TheatreSchedule>> cities,
        IReadOnlySet<string> split,
        DateTimeOffset uploadedAt)
    {
        var fields = MovieFields.Write(movie, "movie_id");
        fields["date"] = date;
        fields["uploaded_at"] = FirestoreTime.Format(uploadedAt);
        fields["split_cities"] = split.Order(StringComparer.Ordinal).ToList();
        var inline = inlineCities.ToDictionary(city => city, city => (object?)TheatreScheduleFields.Write(cities[city]), StringComparer.Ordinal);
        if (inline.Count > 0)
        {
            fields["cities"] = inline;
        }

        return fields;
    }

    private static Dictionary<string, object?> CityFields(DateOnly date, string movieId, string city, IReadOnlyList<TheatreSchedule> theatres) =>
        new(StringComparer.Ordinal)
        {
            ["movie_id"] = movieId,
            ["date"] = date,
            ["city"] = city,
            ["theatres"] = TheatreScheduleFields.Write(theatres),
        };

    private async Task<IReadOnlyList<StoredSchedule>> AssembleAsync(DateOnly date, IReadOnlyList<StoredDocument> movies, CancellationToken cancellationToken)
    {
        var splitPaths = movies.SelectMany(m => m.Fields.Strings("split_cities")
            .Select(city => FirestoreLayout.ScheduleCity(date, m.Fields.Required("movie_id"), city)));
        var subDocuments = await client.GetManyAsync(splitPaths, cancellationToken);
        return movies.Select(document =>
        {
            var movie = MovieFields.Read(document.Fields, "movie_id");
            var cities = new Dictionary<string, IReadOnlyList<TheatreSchedule>>(StringComparer.Ordinal);
            foreach (var (city, theatres) in document.Fields.Map("cities").Values)
            {
                cities[city] = TheatreScheduleFields.Read(date, city, FirestoreFields.MapsIn(theatres));
            }

            var split = document.Fields.Strings("split_cities").ToHashSet(StringComparer.Ordinal);
            foreach (var city in split)
            {
                if (subDocuments.TryGetValue(FirestoreLayout.ScheduleCity(date, movie.Id, city), out var sub))
                {
                    cities[city] = TheatreScheduleFields.Read(date, city, sub.Fields.Maps("theatres"));
                }
            }

            return new StoredSchedule(date, movie, cities, split);
        }).ToList();
    }
}
