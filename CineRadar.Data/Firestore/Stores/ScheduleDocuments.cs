using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Time;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// Reads and writes <c>schedules/{date}/movies/{movieId}</c>: the original's fields, with <c>cities</c> mapping each
/// city name that lists the movie to its theatres (an empty list when it has no showtime there) and
/// <c>city_ids</c> mapping it to TIX's city id. A movie whose document would pass the 1 MiB limit has its widest
/// cities moved to <c>…/{movieId}/cities/{CITY}</c> sub-documents, named in <c>split_cities</c>; reading puts them back.
/// </summary>
internal sealed class ScheduleDocuments(FirestoreClient client, DisplayTimeZoneRule displayTimeZone)
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
    /// The writes that store <paramref name="schedule"/> over <paramref name="before"/>. Only the cities named in
    /// <paramref name="changedCities"/> (and those whose place moves between the document and a sub-document) are written,
    /// each under its own field path, so that the other cities are left as they are.
    /// </summary>
    public static IReadOnlyList<DocumentWrite> Write(MovieSchedule schedule, IReadOnlySet<string> changedCities, StoredSchedule? before, DateTimeOffset uploadedAt)
    {
        var date = schedule.Date;
        var movieId = schedule.Movie.Id;
        var cities = schedule.Cities.ToDictionary(
            c => c.Name,
            c => schedule.Theatres.Where(t => t.CityId == c.Id).ToList(),
            StringComparer.Ordinal);
        var path = FirestoreLayout.ScheduleMovie(date, movieId);
        var split = ChooseSplitCities(path, schedule, cities, uploadedAt);
        var wasSplit = before?.SplitCities ?? new HashSet<string>();
        var hadInline = before?.Listings.Select(l => l.City.Name).Where(c => !wasSplit.Contains(c)).ToHashSet(StringComparer.Ordinal) ?? [];
        bool InlineAfter(string city) => cities.ContainsKey(city) && !split.Contains(city);

        var writes = new List<DocumentWrite>();
        if (before is null)
        {
            writes.Add(DocumentWrite.Set(path, MainFields(schedule, cities, cities.Keys.Where(InlineAfter), cities.Keys, split, uploadedAt)));
        }
        else
        {
            var rewritten = hadInline.Concat(cities.Keys)
                .Distinct(StringComparer.Ordinal)
                .Where(city => (hadInline.Contains(city) || InlineAfter(city)) && (changedCities.Contains(city) || hadInline.Contains(city) != InlineAfter(city)))
                .ToList();
            writes.Add(DocumentWrite.Merge(
                path,
                MainFields(schedule, cities, rewritten.Where(InlineAfter), changedCities.Where(cities.ContainsKey), split, uploadedAt),
                [.. MovieFieldNames.Select(name => new[] { name }), .. rewritten.Select(city => new[] { "cities", city }), .. changedCities.Select(city => new[] { "city_ids", city })]));
            writes.AddRange(wasSplit
                .Where(city => !split.Contains(city))
                .Select(city => DocumentWrite.Delete(FirestoreLayout.ScheduleCity(date, movieId, city))));
        }

        writes.AddRange(split
            .Where(city => changedCities.Contains(city) || !wasSplit.Contains(city))
            .Select(city => DocumentWrite.Set(FirestoreLayout.ScheduleCity(date, movieId, city), CityFields(schedule, city, cities[city]))));
        return writes;
    }

    /// <summary>Deletes a movie's document and its city sub-documents.</summary>
    public static IReadOnlyList<DocumentWrite> Delete(StoredSchedule stored) =>
    [
        DocumentWrite.Delete(FirestoreLayout.ScheduleMovie(stored.Date, stored.Movie.Id)),
        .. stored.SplitCities.Select(city => DocumentWrite.Delete(FirestoreLayout.ScheduleCity(stored.Date, stored.Movie.Id, city))),
    ];

    /// <summary>The widest cities, one by one, until the movie's document fits.</summary>
    private static HashSet<string> ChooseSplitCities(
        string path,
        MovieSchedule schedule,
        IReadOnlyDictionary<string, List<TheatreSchedule>> cities,
        DateTimeOffset uploadedAt)
    {
        // The document's size is its size without cities, plus each inline city's entry, plus each split city's name.
        var split = new HashSet<string>(StringComparer.Ordinal);
        var size = DocumentSize.Of(path, FirestoreValue.EncodeFields(MainFields(schedule, cities, [], cities.Keys, split, uploadedAt)));
        var cityEntries = cities.ToDictionary(
            c => c.Key,
            c => DocumentSize.FieldSize(c.Key, FirestoreValue.Encode(TheatreScheduleFields.Write(c.Value), c.Key)),
            StringComparer.Ordinal);
        size += cityEntries.Values.Sum();
        foreach (var city in cityEntries.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key))
        {
            if (size <= SplitThreshold)
            {
                break;
            }

            split.Add(city);
            size += DocumentSize.StringSize(city) - cityEntries[city];
        }

        return split;
    }

    /// <summary>The movie document's fields, with <paramref name="inlineCities"/> under <c>cities</c> and <paramref name="listedCities"/> under <c>city_ids</c>.</summary>
    private static Dictionary<string, object?> MainFields(
        MovieSchedule schedule,
        IReadOnlyDictionary<string, List<TheatreSchedule>> cities,
        IEnumerable<string> inlineCities,
        IEnumerable<string> listedCities,
        IReadOnlySet<string> split,
        DateTimeOffset uploadedAt)
    {
        var fields = MovieFields.Write(schedule.Movie, "movie_id");
        fields["date"] = schedule.Date;
        fields["uploaded_at"] = FirestoreTime.Format(uploadedAt);
        fields["split_cities"] = split.Order(StringComparer.Ordinal).ToList();
        fields["cities"] = inlineCities.ToDictionary(city => city, city => (object?)TheatreScheduleFields.Write(cities[city]), StringComparer.Ordinal);
        fields["city_ids"] = listedCities.ToDictionary(city => city, city => (object?)schedule.Cities.First(c => c.Name == city).Id, StringComparer.Ordinal);
        return fields;
    }

    private static Dictionary<string, object?> CityFields(MovieSchedule schedule, string city, IReadOnlyList<TheatreSchedule> theatres) =>
        new(StringComparer.Ordinal)
        {
            ["movie_id"] = schedule.Movie.Id,
            ["date"] = schedule.Date,
            ["city"] = city,
            ["city_id"] = schedule.Cities.First(c => c.Name == city).Id,
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
            var cityIds = document.Fields.Map("city_ids");
            CityRef City(string name, IReadOnlyList<FirestoreFields> theatres) => new(
                cityIds.String(name) ?? theatres.Select(t => t.String("city_id")).FirstOrDefault(id => id is not null) ?? Cities.FindByName(name)?.Id ?? "",
                name);

            var listings = new List<CityListing>();
            foreach (var (name, value) in document.Fields.Map("cities").Values)
            {
                var theatres = FirestoreFields.MapsIn(value);
                var city = City(name, theatres);
                listings.Add(new CityListing(date, city, movie, TheatreScheduleFields.Read(date, city, theatres, displayTimeZone)));
            }

            var split = document.Fields.Strings("split_cities").ToHashSet(StringComparer.Ordinal);
            foreach (var name in split)
            {
                if (subDocuments.TryGetValue(FirestoreLayout.ScheduleCity(date, movie.Id, name), out var sub))
                {
                    var theatres = sub.Fields.Maps("theatres");
                    var city = City(name, theatres);
                    listings.Add(new CityListing(date, city, movie, TheatreScheduleFields.Read(date, city, theatres, displayTimeZone)));
                }
            }

            return new StoredSchedule(date, movie, listings, split);
        }).ToList();
    }
}
