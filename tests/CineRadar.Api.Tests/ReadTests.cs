using System.Net;
using System.Text.Json;
using CineRadar.Api.Tests.Support;

namespace CineRadar.Api.Tests;

[Collection(ApiSuite.Name)]
public sealed class ReadTests(ApiFixture fixture)
{
    private readonly HttpClient _http = fixture.Api.PublicSite();

    private string Today => fixture.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private string Yesterday => fixture.Yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task RegionsAndCitiesComeFromTheReferenceTablesWithTheatreCounts()
    {
        var regions = await _http.GetOkAsync("/api/v1/regions");
        var cities = await _http.GetOkAsync("/api/v1/cities");

        Assert.Equal(6, regions.GetArrayLength());
        Assert.Equal(83, regions.EnumerateArray().Sum(r => r.GetProperty("cities").GetInt32()));
        Assert.Equal(83, cities.GetArrayLength());
        var jayapura = cities.EnumerateArray().Single(c => c.GetProperty("id").GetString() == ApiFixture.Jayapura.Id);
        Assert.Equal("WIT", jayapura.GetProperty("timeZone").GetString());
        Assert.Equal("PapuaMaluku", jayapura.GetProperty("regionId").GetString());
        Assert.True(jayapura.GetProperty("theatres").GetInt32() > 0);
        Assert.Equal(0, cities.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "AMBON").GetProperty("theatres").GetInt32());
    }

    [Fact]
    public async Task DatesListTheSweptDaysNewestFirst()
    {
        var dates = await _http.GetOkAsync("/api/v1/dates");

        Assert.Equal<string?>([Today, Yesterday], dates.EnumerateArray().Select(d => d.GetString()).ToList());
    }

    [Fact]
    public async Task MoviesOfTheDayAreRankedByReachWithTheirFigures()
    {
        var list = await _http.GetOkAsync("/api/v1/movies");

        Assert.Equal(Today, list.GetProperty("date").GetString());
        Assert.NotEqual(JsonValueKind.Null, list.GetProperty("scrapedAt").ValueKind);
        var movies = list.GetProperty("movies").EnumerateArray().ToList();
        Assert.True(movies.Count >= 10, $"{movies.Count} movies");
        var reach = movies.Select(m => (m.GetProperty("cities").GetInt32(), m.GetProperty("theatres").GetInt32())).ToList();
        Assert.Equal(reach.OrderByDescending(r => r.Item1).ThenByDescending(r => r.Item2), reach);
        Assert.Contains(movies, m => m.GetProperty("admissions").ValueKind == JsonValueKind.Number && m.GetProperty("admissions").GetInt64() > 0);
        Assert.Contains(movies, m => m.GetProperty("occupancyPct").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task MoviesOfOneCityCountOnlyThatCity()
    {
        var national = await _http.GetOkAsync($"/api/v1/movies?date={Today}");
        var jayapura = await _http.GetOkAsync($"/api/v1/movies?date={Today}&city={ApiFixture.Jayapura.Id}");

        var movies = jayapura.GetProperty("movies").EnumerateArray().ToList();
        Assert.NotEmpty(movies);
        Assert.All(movies, m => Assert.Equal(1, m.GetProperty("cities").GetInt32()));
        Assert.True(movies.Sum(m => m.GetProperty("showtimes").GetInt32()) < national.GetProperty("movies").EnumerateArray().Sum(m => m.GetProperty("showtimes").GetInt32()));
    }

    [Fact]
    public async Task MovieDetailGroupsShowtimesByCityTheatreAndRoomWithTheirLatestOccupancy()
    {
        var top = (await _http.GetOkAsync("/api/v1/movies")).GetProperty("movies")[0];
        var id = top.GetProperty("id").GetString();

        var detail = await _http.GetOkAsync($"/api/v1/movies/{id}?date={Today}");

        Assert.Equal(id, detail.GetProperty("movie").GetProperty("id").GetString());
        Assert.Equal<string?>([Today, Yesterday], detail.GetProperty("dates").EnumerateArray().Select(d => d.GetString()).ToList());
        var rooms = detail.GetProperty("cities").EnumerateArray()
            .SelectMany(c => c.GetProperty("theatres").EnumerateArray())
            .SelectMany(t => t.GetProperty("rooms").EnumerateArray())
            .ToList();
        var showtimes = rooms.SelectMany(r => r.GetProperty("showtimes").EnumerateArray()).ToList();
        Assert.Equal(detail.GetProperty("summary").GetProperty("showtimes").GetInt32(), showtimes.Count);
        Assert.Equal(top.GetProperty("showtimes").GetInt32(), showtimes.Count);
        Assert.Equal(showtimes.Count, detail.GetProperty("summary").GetProperty("byHour").EnumerateArray().Sum(h => h.GetProperty("showtimes").GetInt32()));
        Assert.Contains(showtimes, s => s.GetProperty("occupancy").ValueKind == JsonValueKind.Object);
        Assert.All(rooms, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("format").GetProperty("label").GetString())));
        var jayapura = detail.GetProperty("cities").EnumerateArray().FirstOrDefault(c => c.GetProperty("name").GetString() == "JAYAPURA");
        if (jayapura.ValueKind == JsonValueKind.Object)
        {
            Assert.Equal("WIT", jayapura.GetProperty("timeZone").GetString());
        }
    }

    [Fact]
    public async Task MovieHistoryHasOneRowPerDayOldestFirstWithZerosWhereNothingWasMeasured()
    {
        var top = (await _http.GetOkAsync("/api/v1/boxoffice")).GetProperty("movies")[0];
        var id = top.GetProperty("movieId").GetString();

        var week = await _http.GetOkAsync($"/api/v1/movies/{id}/history");
        var month = await _http.GetOkAsync($"/api/v1/movies/{id}/history?days=30&until={Today}");

        var days = week.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(7, days.Count);
        Assert.Equal(30, month.GetProperty("days").GetArrayLength());
        Assert.Equal(Today, days[^1].GetProperty("date").GetString());
        Assert.Equal(Yesterday, days[^2].GetProperty("date").GetString());
        Assert.Equal(top.GetProperty("admissions").GetInt64(), days[^1].GetProperty("admissions").GetInt64());
        Assert.True(days[^2].GetProperty("showtimes").GetInt32() > 0);
        Assert.All(days[..^2], d => Assert.Equal(0, d.GetProperty("showtimes").GetInt32()));
        Assert.Equal(top.GetProperty("title").GetString(), week.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheatresFilterByCityChainAndText()
    {
        var all = await _http.GetOkAsync("/api/v1/theatres");
        var bandung = await _http.GetOkAsync($"/api/v1/theatres?city={ApiFixture.Bandung.Id}");
        var cgv = await _http.GetOkAsync("/api/v1/theatres?chain=cgv");
        var first = bandung[0];
        var word = first.GetProperty("name").GetString()!.Split(' ')[0];
        var text = await _http.GetOkAsync($"/api/v1/theatres?q={Uri.EscapeDataString(word.ToLowerInvariant())}&city={ApiFixture.Bandung.Id}");

        Assert.True(bandung.GetArrayLength() < all.GetArrayLength());
        Assert.All(bandung.EnumerateArray(), t => Assert.Equal("BANDUNG", t.GetProperty("city").GetString()));
        Assert.All(bandung.EnumerateArray(), t => Assert.Equal("Jawa", t.GetProperty("region").GetString()));
        Assert.All(cgv.EnumerateArray(), t => Assert.Equal("CGV", t.GetProperty("chain").GetProperty("key").GetString()));
        Assert.Contains(text.EnumerateArray(), t => t.GetProperty("id").GetString() == first.GetProperty("id").GetString());
    }

    [Fact]
    public async Task TheatreAndItsScheduleOfADate()
    {
        var theatre = (await _http.GetOkAsync($"/api/v1/theatres?city={ApiFixture.Jakarta.Id}"))[0];
        var id = theatre.GetProperty("id").GetString();

        var one = await _http.GetOkAsync($"/api/v1/theatres/{id}");
        var schedule = await _http.GetOkAsync($"/api/v1/theatres/{id}/schedule?date={Yesterday}");

        Assert.Equal(theatre.GetProperty("name").GetString(), one.GetProperty("name").GetString());
        Assert.Equal(Yesterday, schedule.GetProperty("date").GetString());
        Assert.Equal(id, schedule.GetProperty("theatre").GetProperty("id").GetString());
        var movies = schedule.GetProperty("movies").EnumerateArray().ToList();
        Assert.NotEmpty(movies);
        Assert.All(movies, m => Assert.NotEmpty(m.GetProperty("rooms").EnumerateArray()));
    }

    [Fact]
    public async Task ShowtimeHasItsSeatMapCurveAndEstimate()
    {
        var (showtimeId, _) = await SampledShowtimeAsync();

        var withDate = await _http.GetOkAsync($"/api/v1/showtimes/{showtimeId}?date={Today}");
        var searched = await _http.GetOkAsync($"/api/v1/showtimes/{showtimeId}");

        Assert.Equal(withDate.GetProperty("startsAt").GetString(), searched.GetProperty("startsAt").GetString());
        var latest = withDate.GetProperty("latest");
        Assert.Equal("adhoc", latest.GetProperty("kind").GetString());
        var rows = latest.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(latest.GetProperty("total").GetInt32(), rows.Sum(r => r.GetProperty("seats").GetString()!.Count(c => c != '_')));
        Assert.Single(withDate.GetProperty("curve").EnumerateArray());
        // One adhoc reading and no close readings to scale it by: the estimate is the reading's sold seats, its
        // unavailable ones less the seats the room keeps blocked in every show (which the sandbox plants in some rooms).
        var estimate = withDate.GetProperty("estimate");
        var unavailable = latest.GetProperty("unavailable").GetInt32();
        var admissions = estimate.GetProperty("admissions").GetInt32();
        var basis = estimate.GetProperty("basis").GetString()!;
        Assert.StartsWith("adhoc", basis, StringComparison.Ordinal);
        if (basis.Contains("blocked seats", StringComparison.Ordinal))
        {
            Assert.InRange(admissions, 0, unavailable - 1);
        }
        else
        {
            Assert.Equal(unavailable, admissions);
        }

        Assert.False(string.IsNullOrEmpty(withDate.GetProperty("room").GetProperty("category").GetString()));
    }

    [Fact]
    public async Task BoxOfficeComparesEachMovieWithTheDayBefore()
    {
        var boxOffice = await _http.GetOkAsync($"/api/v1/boxoffice?date={Today}");

        Assert.Equal(Yesterday, boxOffice.GetProperty("previousDate").GetString());
        var totals = boxOffice.GetProperty("totals");
        Assert.True(totals.GetProperty("admissions").GetInt64() > 0);
        Assert.True(totals.GetProperty("previousAdmissions").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Number, totals.GetProperty("admissionsChangePct").ValueKind);
        var movies = boxOffice.GetProperty("movies").EnumerateArray().ToList();
        Assert.Equal(totals.GetProperty("admissions").GetInt64(), movies.Sum(m => m.GetProperty("admissions").GetInt64()));
        Assert.Equal(movies.Select(m => m.GetProperty("admissions").GetInt64()).OrderDescending(), movies.Select(m => m.GetProperty("admissions").GetInt64()));
        Assert.True(totals.GetProperty("estimatedShowtimes").GetInt32() <= totals.GetProperty("showtimes").GetInt32());
    }

    [Fact]
    public async Task AnalyticsAddUpToTheDay()
    {
        var overview = await _http.GetOkAsync($"/api/v1/analytics/overview?date={Today}");
        var share = await _http.GetOkAsync($"/api/v1/analytics/showtime-share?date={Today}");

        Assert.Equal(3, overview.GetProperty("cities").GetInt32());
        Assert.Equal(3, overview.GetProperty("previous").GetProperty("cities").GetInt32());
        Assert.Equal(JsonValueKind.Number, overview.GetProperty("changePct").GetProperty("admissions").ValueKind);
        var showtimes = overview.GetProperty("showtimes").GetInt32();
        Assert.Equal(showtimes, share.GetProperty("showtimes").GetInt32());
        Assert.InRange(share.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("sharePct").GetDouble()), 99, 101);
        foreach (var by in new[] { "chain", "city", "region", "format", "hour" })
        {
            var occupancy = await _http.GetOkAsync($"/api/v1/analytics/occupancy?date={Today}&by={by}");
            var rows = occupancy.GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(by, occupancy.GetProperty("by").GetString());
            Assert.Equal(showtimes, rows.Sum(r => r.GetProperty("showtimes").GetInt32()));
            Assert.Equal(overview.GetProperty("admissions").GetInt64(), rows.Sum(r => r.GetProperty("admissions").GetInt64()));
        }
    }

    [Fact]
    public async Task FreshnessTellsTheLastSweepSampleAndCoverage()
    {
        var freshness = await _http.GetOkAsync("/api/v1/freshness");

        Assert.True(freshness.GetProperty("dataVersion").GetInt64() > 0);
        Assert.Equal("success", freshness.GetProperty("lastSweep").GetProperty("status").GetString());
        Assert.Equal(3, freshness.GetProperty("lastSweep").GetProperty("cities").GetInt32());
        Assert.Equal(JsonValueKind.Object, freshness.GetProperty("lastSample").ValueKind);
        var coverage = freshness.GetProperty("coverage");
        Assert.Equal(Today, coverage.GetProperty("date").GetString());
        Assert.InRange(coverage.GetProperty("sampled").GetInt32(), 1, coverage.GetProperty("showtimes").GetInt32() - 1);
        Assert.Equal(0, coverage.GetProperty("withFinal").GetInt32());
    }

    [Fact]
    public async Task AnswersCarryAnETagAndCacheControlAndA304WhenUnchanged()
    {
        using var first = await _http.GetAsync(new Uri("/api/v1/movies", UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("public, max-age=30", first.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/movies", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task DocumentationIsServedWithoutAKey()
    {
        using var anonymous = fixture.Api.Client(key: null);

        var document = await anonymous.GetOkAsync("/openapi/v1.json");
        using var scalar = await anonymous.GetAsync(new Uri("/scalar/v1", UriKind.Relative));

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/movies", "/api/v1/movies/{movieId}", "/api/v1/boxoffice", "/api/v1/admin/runs", "/api/v1/admin/keys/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _));
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    /// <summary>A showtime of today with a seat reading that is not a house lock, and its movie.</summary>
    private async Task<(string ShowtimeId, string MovieId)> SampledShowtimeAsync()
    {
        foreach (var movie in (await _http.GetOkAsync("/api/v1/movies")).GetProperty("movies").EnumerateArray())
        {
            var id = movie.GetProperty("id").GetString()!;
            var detail = await _http.GetOkAsync($"/api/v1/movies/{id}");
            var sampled = detail.GetProperty("cities").EnumerateArray()
                .SelectMany(c => c.GetProperty("theatres").EnumerateArray())
                .SelectMany(t => t.GetProperty("rooms").EnumerateArray())
                .SelectMany(r => r.GetProperty("showtimes").EnumerateArray())
                .FirstOrDefault(s => s.GetProperty("occupancy") is { ValueKind: JsonValueKind.Object } o && !o.GetProperty("houseLocked").GetBoolean());
            if (sampled.ValueKind == JsonValueKind.Object)
            {
                return (sampled.GetProperty("id").GetString()!, id);
            }
        }

        throw new InvalidOperationException("No sampled showtime today.");
    }
}
