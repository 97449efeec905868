using System.Globalization;
using System.Text.Json.Nodes;
using CineRadar.Core.Catalog;
using CineRadar.Core.Operations;
using CineRadar.Core.Runs;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Data.Tests.Contract;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>
/// The original CineRadar's collections, ids and field names (so its database and readers keep working), and
/// documents written by others read with their unknown fields ignored.
/// </summary>
public sealed class FirestoreLayoutTests(FirestoreTestHost host) : LocalFirestoreTests(host)
{
    private const string Day = "2026-01-11";

    [Fact]
    public async Task OriginalCollectionsKeepTheirIdsAndFieldNames()
    {
        await using var store = NewStore();
        await store.Get<ICatalogStore>().PublishAsync(TestData.Publication(TestData.JakartaSweep(), TestData.BandungSweep()));
        await store.Get<ISeatSampleStore>().UpsertAsync([TestData.Sample("2000000000000000102", "final", TestData.ScrapedAt, TestData.Layout(("A", "10_01")))]);
        await store.Get<IAdmissionsStore>().SaveAsync(TestData.Date, [TestData.Estimate("2000000000000000102", 180, 120, 42_500)], []);
        var run = await store.Get<IRunStore>().QueueAsync(new RunRequest(RunKind.Schedules, TestData.Date, [], "admin", "test"), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);
        await store.Get<ITokenStore>().SaveAsync(new TixTokenRecord("access", "refresh", null, null, "+62812****5678", TestData.ScrapedAt, null, null));

        var schedule = store.Fields($"schedules/{Day}/movies/{TestData.KeretaMalam.Id}")!;
        AssertFields(schedule, "movie_id", "title", "poster", "genres", "age_category", "merchants", "is_presale", "date", "uploaded_at", "cities");
        var theatre = Map(Items(Map(schedule["cities"])["JAKARTA"])[0]);
        AssertFields(theatre, "theatre_id", "theatre_name", "merchant", "address", "rooms");
        var room = Map(Items(theatre["rooms"])[0]);
        AssertFields(room, "category", "price", "showtimes", "past_showtimes", "all_showtimes");
        AssertFields(Map(Items(room["all_showtimes"])[0]), "time", "status", "is_available", "showtime_id");

        var latest = store.Fields("snapshots/latest")!;
        AssertFields(latest, "scraped_at", "date", "summary", "movies", "city_stats");
        AssertFields(Map(latest["summary"]), "total_cities", "total_movies", "presale_count");
        AssertFields(Map(Items(latest["movies"])[0]), "id", "title", "genres", "poster", "age_category", "country", "merchants", "is_presale", "cities", "theatre_counts");
        Assert.NotNull(store.Fields($"snapshots/{Day}"));

        AssertFields(store.Fields("theatres/1100000000000000007")!,
            "theatre_id", "name", "merchant", "city", "address", "lat", "lng", "place_id", "room_types", "last_seen", "created_at", "updated_at");

        var sample = store.Fields("seat_snapshots/2000000000000000102_final")!;
        AssertFields(sample, "date", "showtime_id", "movie_id", "theatre_id", "city", "merchant", "room_category", "showtime", "scraped_at",
            "total_seats", "unavailable_seats", "available_seats", "occupancy_pct", "snapshot_type", "layout");
        Assert.Equal(("JAKARTA", "19:00", "final"), (Text(sample["city"]), Text(sample["showtime"]), Text(sample["snapshot_type"])));
        Assert.Equal("10_01", Text(Map(Items(sample["layout"])[0])["seats"]));
        Assert.Equal("A2 A4", Text(sample["unavailable_seat_labels"]));
        Assert.Matches("^[0-9a-f]{16}$", Text(sample["room_key"]));

        AssertFields(store.Fields($"scraper_runs/{run.Id}")!, "status", "date", "run_type", "timestamp");
        Assert.Equal("movies", Text(store.Fields($"scraper_runs/{run.Id}")!["run_type"]));
        AssertFields(store.Fields("auth_tokens/tix_jwt")!, "token", "refresh_token", "phone", "stored_at");
        var admissions = store.Fields($"daily_admissions/{Day}/movies/{TestData.KeretaMalam.Id}")!;
        AssertFields(admissions, "total_admissions", "updated_at", "showtimes");
        AssertFields(Map(Items(admissions["showtimes"])[0]), "time", "city", "theatre", "capacity", "admissions", "occupancy_pct");

        // The original's readers parse these as ISO strings; CineRadar writes them in UTC with a Z.
        Assert.All(
            [latest["scraped_at"], schedule["uploaded_at"], sample["scraped_at"], store.Fields("auth_tokens/tix_jwt")!["stored_at"], admissions["updated_at"]],
            value => Assert.EndsWith("Z", Text(value), StringComparison.Ordinal));
    }

    [Fact]
    public async Task DocumentsTheOriginalWroteReadWithUnknownFieldsIgnored()
    {
        await using var store = NewStore();
        Seed(store, "theatres/1100000000000000007", """
            { "theatre_id": {"stringValue": "1100000000000000007"}, "name": {"stringValue": "MALL KOTA XXI"}, "merchant": {"stringValue": "XXI"},
              "city": {"stringValue": "MALANG"}, "address": {"stringValue": "Mall Kota Lt. 4"}, "lat": {"doubleValue": -7.95}, "lng": {"doubleValue": 112.61},
              "place_id": {"nullValue": null}, "room_types": {"arrayValue": {"values": [{"stringValue": "2D"}]}},
              "last_seen": {"stringValue": "2026-01-10T23:40:01.5"}, "created_at": {"stringValue": "2025-12-16T00:10:00.0"},
              "updated_at": {"stringValue": "2026-01-10T23:40:01.5"}, "geocode_query": {"stringValue": "a field nobody reads"} }
            """);
        Seed(store, $"schedules/{Day}/movies/1900000000000000001", """
            { "movie_id": {"stringValue": "1900000000000000001"}, "title": {"stringValue": "KERETA MALAM"}, "genres": {"arrayValue": {"values": [{"stringValue": "Horror"}]}},
              "merchants": {"arrayValue": {"values": [{"stringValue": "XXI"}]}}, "is_presale": {"booleanValue": false}, "date": {"stringValue": "2026-01-11"},
              "uploaded_at": {"stringValue": "2026-01-10T23:33:10.4"},
              "cities": {"mapValue": {"fields": {"MALANG": {"arrayValue": {"values": [{"mapValue": {"fields": {
                  "theatre_id": {"stringValue": "1100000000000000007"}, "theatre_name": {"stringValue": "MALL KOTA XXI"}, "merchant": {"stringValue": "XXI"},
                  "rooms": {"arrayValue": {"values": [{"mapValue": {"fields": {"category": {"stringValue": "2D"}, "price": {"stringValue": "Rp35.000"},
                      "showtimes": {"arrayValue": {"values": [{"stringValue": "19:00"}]}},
                      "all_showtimes": {"arrayValue": {"values": [{"mapValue": {"fields": {"time": {"stringValue": "19:00"}, "status": {"integerValue": "1"},
                          "is_available": {"booleanValue": true}, "showtime_id": {"stringValue": "2000000000000000101"}}}}]}}}}}]}}}}}]}}}}} }
            """);
        Seed(store, "snapshots/latest", """
            { "scraped_at": {"stringValue": "2026-01-10 23:31:55"}, "date": {"stringValue": "2026-01-11"},
              "summary": {"mapValue": {"fields": {"total_cities": {"integerValue": "1"}, "total_movies": {"integerValue": "1"}, "presale_count": {"integerValue": "0"}}}},
              "movies": {"arrayValue": {"values": [{"mapValue": {"fields": {"id": {"stringValue": "1900000000000000001"}, "title": {"stringValue": "KERETA MALAM"},
                  "theatre_counts": {"mapValue": {"fields": {"MALANG": {"integerValue": "9"}}}}}}}]}},
              "city_stats": {"mapValue": {"fields": {"MALANG": {"integerValue": "14"}}}} }
            """);
        Seed(store, "auth_tokens/tix_jwt", """
            { "token": {"stringValue": "eyJ.access"}, "refresh_token": {"stringValue": "eyJ.refresh"}, "phone": {"stringValue": "+6285***"},
              "stored_at": {"stringValue": "2026-01-10T23:20:00.0"}, "expires_at": {"stringValue": "2026-01-11T19:20:00.0"} }
            """);

        var theatre = (await store.Get<ITheatreStore>().GetAsync("1100000000000000007"))!;
        Assert.Equal((-7.95, 112.61, LocationSource.Geocoder), (theatre.Location!.Latitude, theatre.Location.Longitude, theatre.Location.Source));
        Assert.Equal(Instant("2025-12-16T00:10:00Z"), theatre.FirstSeen);
        Assert.Equal(Instant("2026-01-10T23:40:01.5Z"), theatre.LastSeen);
        Assert.Equal("973818515335155712", theatre.CityId);

        var schedule = (await store.Get<ICatalogStore>().GetMovieScheduleAsync(TestData.Date, "1900000000000000001"))!;
        var show = schedule.Theatres.Single().Rooms.Single().Showtimes.Single();
        Assert.Equal(("2000000000000000101", true), (show.Id, show.IsBookable));
        Assert.Equal(Instant("2026-01-11T12:00:00Z"), show.StartsAt);
        Assert.Equal("MALANG", Assert.Single(schedule.Cities).Name);

        var snapshot = (await store.Get<ICatalogStore>().GetLatestSnapshotAsync())!;
        Assert.Equal(Instant("2026-01-10T23:31:55Z"), snapshot.ScrapedAt);
        Assert.Equal(9, snapshot.Movies.Single().TheatreCounts["MALANG"]);

        var token = (await store.Get<ITokenStore>().GetAsync())!;
        Assert.Equal(("eyJ.access", Instant("2026-01-10T23:20:00Z")), (token.AccessToken, token.StoredAt));
        Assert.Null(token.AccessExpiresAt);
    }

    [Theory]
    [InlineData(null, "2026-01-11T11:00:00Z", "19:00")]
    [InlineData("City", "2026-01-11T11:00:00Z", "19:00")]
    [InlineData("Wib", "2026-01-11T12:00:00Z", "20:00")]
    public async Task TimesTheOriginalWroteFollowTheDisplayTimeZoneSetting(string? setting, string startsAt, string localTime)
    {
        await using var store = NewStore(settings: new Dictionary<string, string?> { ["Tix:DisplayTimeZone"] = setting });
        // MAKASSAR is in WITA (UTC+8); the original wrote TIX's display_time as it was listed, with no starts_at.
        Seed(store, $"schedules/{Day}/movies/1900000000000000001", """
            { "movie_id": {"stringValue": "1900000000000000001"}, "title": {"stringValue": "KERETA MALAM"}, "date": {"stringValue": "2026-01-11"},
              "cities": {"mapValue": {"fields": {"MAKASSAR": {"arrayValue": {"values": [{"mapValue": {"fields": {
                  "theatre_id": {"stringValue": "1100000000000000008"}, "theatre_name": {"stringValue": "MALL PANTAI XXI"}, "merchant": {"stringValue": "XXI"},
                  "rooms": {"arrayValue": {"values": [{"mapValue": {"fields": {"category": {"stringValue": "2D"}, "price": {"stringValue": "Rp35.000"},
                      "all_showtimes": {"arrayValue": {"values": [{"mapValue": {"fields": {"time": {"stringValue": "19:00"}, "status": {"integerValue": "1"},
                          "showtime_id": {"stringValue": "2000000000000000101"}}}}]}}}}}]}}}}}]}}}}} }
            """);

        var schedule = (await store.Get<ICatalogStore>().GetMovieScheduleAsync(TestData.Date, "1900000000000000001"))!;

        var show = schedule.Theatres.Single().Rooms.Single().Showtimes.Single();
        Assert.Equal((Instant(startsAt), localTime), (show.StartsAt, show.DisplayTime));
    }

    [Fact]
    public async Task MovieWithAnEmptyCitiesMapReadsAsNoCities()
    {
        await using var store = NewStore();
        Seed(store, $"schedules/{Day}/movies/1900000000000000002", """
            { "movie_id": {"stringValue": "1900000000000000002"}, "title": {"stringValue": "SORE"}, "date": {"stringValue": "2026-01-11"},
              "cities": {"mapValue": {}} }
            """);
        var catalog = store.Get<ICatalogStore>();

        var schedule = (await catalog.GetMovieScheduleAsync(TestData.Date, "1900000000000000002"))!;

        Assert.Equal(("SORE", 0, 0), (schedule.Movie.Title, schedule.Cities.Count, schedule.Theatres.Count));
        Assert.Equal(["1900000000000000002"], (await catalog.GetSchedulesAsync(TestData.Date)).Select(s => s.Movie.Id));
        await catalog.PublishAsync(TestData.Publication(TestData.JakartaSweep()));
        Assert.Contains(await catalog.GetSchedulesAsync(TestData.Date), s => s.Movie.Id == TestData.KeretaMalam.Id);
    }

    [Fact]
    public async Task IdsWithSlashesAndSpacesRoundTrip()
    {
        await using var store = NewStore();
        var alerts = store.Get<IAlertStore>();

        var raised = await alerts.RaiseAsync("city-failing", "PANGKAL PINANG/2026-01-11", AlertSeverity.Warning, "failed twice");
        await alerts.RaiseAsync("city-failing", "PANGKAL PINANG/2026-01-11", AlertSeverity.Warning, "failed again");

        Assert.NotNull(store.Fields("alerts/city-failing:PANGKAL PINANG%2F2026-01-11"));
        Assert.Equal((raised.Id, 2), (await alerts.ListAsync(5)).Select(a => (a.Id, a.Occurrences)).Single());
        Assert.True(await alerts.ResolveAsync("city-failing", "PANGKAL PINANG/2026-01-11"));
    }

    [Fact]
    public async Task ResweptShowtimesCarryTheirChangesOnlyWhenTheyHaveThem()
    {
        await using var store = NewStore();
        await store.Get<ICatalogStore>().PublishAsync(TestData.Publication(TestData.ResweptJakarta()));

        var theatre = Map(Items(Map(store.Fields($"schedules/{Day}/movies/{TestData.KeretaMalam.Id}")!["cities"])["JAKARTA"])[0]);
        var rooms = Items(theatre["rooms"]).Select(Map).ToList();
        var shows = rooms.SelectMany(r => Items(r["all_showtimes"]).Select(Map)).ToDictionary(s => Text(s["showtime_id"]));
        Assert.Equal(["12:30"], Items(rooms[0]["past_showtimes"]).Select(Text));
        Assert.Equal(["19:00", "22:00"], Items(rooms[0]["showtimes"]).Select(Text));
        Assert.Empty(Items(rooms[1]["showtimes"]));
        Assert.Equal(["21:15"], Items(rooms[1]["past_showtimes"]).Select(Text));
        AssertFields(shows["2000000000000000102"], "moved_from");
        AssertFields(shows["2000000000000000109"], "added_at");
        AssertFields(shows["2000000000000000103"], "cancelled_at");
        Assert.False(shows["2000000000000000103"]["is_available"]!["booleanValue"]!.GetValue<bool>());
        Assert.DoesNotContain(shows["2000000000000000101"], f => f.Key is "added_at" or "moved_from" or "cancelled_at");
        Assert.DoesNotContain(shows["2000000000000000102"], f => f.Key is "added_at" or "cancelled_at");
    }

    private static void Seed(FakeStore store, string path, string fields) =>
        store.Server.Database.Seed($"{store.Documents}/{path}", JsonNode.Parse(fields)!.AsObject());

    private static void AssertFields(JsonObject fields, params string[] names) =>
        Assert.All(names, name => Assert.True(fields.ContainsKey(name), $"'{name}' is missing; the document has {string.Join(", ", fields.Select(f => f.Key))}"));

    private static JsonObject Map(JsonNode? value) => value!["mapValue"]!["fields"]!.AsObject();

    private static JsonArray Items(JsonNode? value) => value!["arrayValue"]!["values"]!.AsArray();

    private static string Text(JsonNode? value) => value!["stringValue"]!.GetValue<string>();

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
