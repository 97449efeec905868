using System.Net;
using System.Text.Json;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary>The catalog endpoints: shapes (reference §1.5), guest headers, paging, the listing-id quirk, dates.</summary>
[Collection(SharedSandbox.Name)]
public sealed class CatalogApiTests(SandboxFixture fixture)
{
    private readonly TixClient _tix = fixture.Sandbox.Tix;
    private readonly SandboxServer _server = fixture.Sandbox.Server;

    [Fact]
    public async Task CityListCarriesTheEightyThreeCitiesAsIdAndName()
    {
        var body = await _tix.CatalogJsonAsync("v1/cities");

        Assert.True(body.GetProperty("success").GetBoolean());
        var cities = body.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(83, cities.Count);
        Assert.Contains(cities, c => c.GetProperty("id").GetString() == TixClient.JakartaId && c.GetProperty("name").GetString() == "JAKARTA");
        Assert.All(cities, c => Assert.Equal(JsonValueKind.String, c.GetProperty("id").ValueKind));
    }

    [Fact]
    public async Task MovieListHasTheDocumentedShape()
    {
        var movies = await MoviesAsync(TixClient.JakartaId);

        Assert.InRange(movies.Count, 20, 35);
        foreach (var movie in movies)
        {
            Assert.Matches("^[0-9]{19}$", movie.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(movie.GetProperty("title").GetString()));
            Assert.All(movie.GetProperty("genres").EnumerateArray(), g => Assert.Equal(JsonValueKind.String, g.GetProperty("name").ValueKind));
            Assert.StartsWith(_server.AppUrl + "assets/movie_poster_v2/", movie.GetProperty("poster_path").GetString(), StringComparison.Ordinal);
            Assert.Contains(movie.GetProperty("age_category").GetString(), new[] { "SU", "P", "R", "D", "R13+" });
            Assert.Equal(JsonValueKind.String, movie.GetProperty("country").ValueKind);
            Assert.All(movie.GetProperty("merchant").EnumerateArray(), m => Assert.Contains(m.GetProperty("merchant_name").GetString(), new[] { "XXI", "CGV", "Cinépolis" }));
            Assert.Contains(movie.GetProperty("presale_flag").GetInt32(), new[] { 0, 1 });
        }

        Assert.Contains(movies, m => m.TryGetProperty("movie_id", out _));
        Assert.Contains(movies, m => !m.TryGetProperty("movie_id", out _));
        Assert.Contains(movies, m => m.GetProperty("presale_flag").GetInt32() == 1);
    }

    [Fact]
    public async Task PosterIsAnSvgOnTheAppOrigin()
    {
        var poster = (await MoviesAsync(TixClient.JakartaId))[0].GetProperty("poster_path").GetString()!;
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(poster));

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchedulesPageThroughEveryTheatreWithHasNext()
    {
        var movie = (await MoviesAsync(TixClient.JakartaId)).First(m => m.GetProperty("presale_flag").GetInt32() == 0);
        var ids = new List<string>();
        JsonElement data;
        var page = 0;
        do
        {
            page++;
            data = (await SchedulesAsync(ScheduleId(movie), TixClient.JakartaId, TestSandbox.Today, page)).GetProperty("data");
            var theatres = data.GetProperty("theaters").EnumerateArray().ToList();
            Assert.InRange(theatres.Count, 1, 10);
            ids.AddRange(theatres.Select(t => t.GetProperty("id").GetString()!));
        }
        while (data.GetProperty("has_next").GetBoolean());

        Assert.True(page > 1);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var after = (await SchedulesAsync(ScheduleId(movie), TixClient.JakartaId, TestSandbox.Today, page + 1)).GetProperty("data");
        Assert.Empty(after.GetProperty("theaters").EnumerateArray());
        Assert.False(after.GetProperty("has_next").GetBoolean());
    }

    [Fact]
    public async Task ScheduleHasTheDocumentedShape()
    {
        var movie = (await MoviesAsync(TixClient.JakartaId)).First(m => m.GetProperty("presale_flag").GetInt32() == 0);

        var body = await SchedulesAsync(ScheduleId(movie), TixClient.JakartaId, TestSandbox.Today, 1);

        Assert.True(body.GetProperty("success").GetBoolean());
        var theatre = body.GetProperty("data").GetProperty("theaters")[0];
        Assert.Matches("^[0-9]{19}$", theatre.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(theatre.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(theatre.GetProperty("address").GetString()));
        Assert.Equal(JsonValueKind.String, theatre.GetProperty("merchant").GetProperty("merchant_name").ValueKind);
        var group = theatre.GetProperty("price_groups")[0];
        Assert.Equal(JsonValueKind.String, group.GetProperty("category").ValueKind);
        Assert.StartsWith("Rp", group.GetProperty("price_string").GetString(), StringComparison.Ordinal);
        var show = group.GetProperty("show_time")[0];
        Assert.Matches("^[0-9]{19}$", show.GetProperty("id").GetString());
        Assert.Matches("^[0-2][0-9]:[0-5][0-9]$", show.GetProperty("display_time").GetString());
        Assert.Contains(show.GetProperty("status").GetInt32(), new[] { 0, 1 });
    }

    [Fact]
    public async Task ListingOnlyIdIsASilentMissAndMovieIdFindsTheatres()
    {
        var movie = (await MoviesAsync(TixClient.JakartaId)).First(m => m.TryGetProperty("movie_id", out _) && m.GetProperty("presale_flag").GetInt32() == 0);

        var wrong = (await SchedulesAsync(movie.GetProperty("id").GetString()!, TixClient.JakartaId, TestSandbox.Today, 1)).GetProperty("data");
        var right = (await SchedulesAsync(movie.GetProperty("movie_id").GetString()!, TixClient.JakartaId, TestSandbox.Today, 1)).GetProperty("data");

        Assert.Empty(wrong.GetProperty("theaters").EnumerateArray());
        Assert.False(wrong.GetProperty("has_next").GetBoolean());
        Assert.NotEmpty(right.GetProperty("theaters").EnumerateArray());
    }

    [Fact]
    public async Task PresaleMovieHasShowtimesOnlyAfterToday()
    {
        var presale = (await MoviesAsync(TixClient.JakartaId)).First(m => m.GetProperty("presale_flag").GetInt32() == 1);

        var today = (await SchedulesAsync(ScheduleId(presale), TixClient.JakartaId, TestSandbox.Today, 1)).GetProperty("data");
        var tomorrow = (await SchedulesAsync(ScheduleId(presale), TixClient.JakartaId, TestSandbox.Today.AddDays(1), 1)).GetProperty("data");

        Assert.Empty(today.GetProperty("theaters").EnumerateArray());
        Assert.NotEmpty(tomorrow.GetProperty("theaters").EnumerateArray());
    }

    [Fact]
    public async Task DatesOffSaleAnswerSuccessWithNoTheatres()
    {
        var movie = (await MoviesAsync(TixClient.JakartaId))[0];

        var yesterday = await SchedulesAsync(ScheduleId(movie), TixClient.JakartaId, TestSandbox.Today.AddDays(-1), 1);
        var farAhead = await SchedulesAsync(ScheduleId(movie), TixClient.JakartaId, TestSandbox.Today.AddDays(10), 1);

        Assert.All(new[] { yesterday, farAhead }, body =>
        {
            Assert.True(body.GetProperty("success").GetBoolean());
            Assert.Empty(body.GetProperty("data").GetProperty("theaters").EnumerateArray());
        });
    }

    [Fact]
    public async Task WitCitySchedulesShowLocalTimesAndPastShowsAreStatusZero()
    {
        const string jayapura = "973818520292823040";
        var movie = (await MoviesAsync(jayapura)).First(m => m.GetProperty("presale_flag").GetInt32() == 0);

        var body = await SchedulesAsync(ScheduleId(movie), jayapura, TestSandbox.Today, 1);

        // 10:00 WIB is 12:00 WIT: shows before 12:00 local have started.
        var shows = body.GetProperty("data").GetProperty("theaters").EnumerateArray()
            .SelectMany(t => t.GetProperty("price_groups").EnumerateArray())
            .SelectMany(g => g.GetProperty("show_time").EnumerateArray())
            .ToList();
        Assert.All(shows.Where(s => string.CompareOrdinal(s.GetProperty("display_time").GetString(), "12:00") <= 0),
            s => Assert.Equal(0, s.GetProperty("status").GetInt32()));
        var truth = _server.ShowtimesOn(TestSandbox.Today).Single(s => s.ShowTimeId == shows[0].GetProperty("id").GetString());
        Assert.Equal(truth.DisplayTime, truth.StartsAt.ToOffset(TimeSpan.FromHours(9)).ToString("HH:mm"));
    }

    [Theory]
    [InlineData("v1/cities")]
    [InlineData("v1/movies?city_id=967969975509716992")]
    public async Task CatalogRefusesCallsWithoutTheAppHeaders(string path)
    {
        var guest = await _tix.GuestTokenAsync();
        using var bare = new HttpRequestMessage(HttpMethod.Get, path);
        bare.Headers.Authorization = new("Bearer", guest);
        using var noBearer = TixClient.AppRequest(HttpMethod.Get, path, guest);
        noBearer.Headers.Authorization = null;

        using var withoutAppHeaders = await fixture.Sandbox.Api.SendAsync(bare);
        using var withoutToken = await fixture.Sandbox.Api.SendAsync(noBearer);

        foreach (var response in new[] { withoutAppHeaders, withoutToken })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("UNAUTHORIZED", TixClient.ErrorCode(await TixClient.JsonAsync(response)));
        }
    }

    [Fact]
    public async Task ApiAndAppPathsAnswerOnlyOnTheirOwnOrigin()
    {
        using var http = new HttpClient();

        using var pageOnApi = await http.GetAsync(new Uri(_server.ApiUrl, "login"));
        using var apiOnApp = await http.GetAsync(new Uri(_server.AppUrl, "v1/cities"));
        using var health = await http.GetAsync(new Uri(_server.ApiUrl, "health"));

        Assert.Equal(HttpStatusCode.NotFound, pageOnApi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiOnApp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task CorsAnswersTheAppOriginOnly()
    {
        var appOrigin = _server.AppUrl.GetLeftPart(UriPartial.Authority);

        using var fromApp = await PreflightAsync(appOrigin);
        using var fromElsewhere = await PreflightAsync("http://evil.example");

        Assert.Equal(appOrigin, fromApp.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", fromApp.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed, StringComparison.Ordinal);
        Assert.Contains("x-app-version", allowed, StringComparison.Ordinal);
        Assert.False(fromElsewhere.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "v1/movies?city_id=1");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,platform,x-app-version");
        return await fixture.Sandbox.Api.SendAsync(request);
    }

    private async Task<List<JsonElement>> MoviesAsync(string cityId) =>
        (await _tix.CatalogJsonAsync($"v1/movies?city_id={cityId}")).GetProperty("data").EnumerateArray().ToList();

    private Task<JsonElement> SchedulesAsync(string movieId, string cityId, DateOnly date, int page) =>
        _tix.CatalogJsonAsync($"v1/schedules/movies/{movieId}?city_id={cityId}&date={date:yyyy-MM-dd}&page={page}");

    private static string ScheduleId(JsonElement movie) =>
        (movie.TryGetProperty("movie_id", out var id) ? id : movie.GetProperty("id")).GetString()!;
}
