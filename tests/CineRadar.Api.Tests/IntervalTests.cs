using System.Globalization;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>
/// Every admissions and gross estimate the Api answers carries its 90 % interval, as the store holds it. The store's
/// estimates and rollups are given bounds apart from their point figures (low = half, high = twice plus one).
/// </summary>
[Collection(ApiSuite.Name)]
public sealed class IntervalTests(ApiFixture fixture) : IAsyncLifetime
{
    private ApiFactory _api = null!;
    private HttpClient _http = null!;
    private IReadOnlyList<ShowtimeEstimate> _estimates = [];

    private string Today => fixture.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        _api = fixture.NewApiOnCopy();
        var store = _api.Services.GetRequiredService<IAdmissionsStore>();
        foreach (var date in new[] { fixture.Yesterday, fixture.Today })
        {
            var estimates = (await store.GetEstimatesAsync(date))
                .Select(e => e with { AdmissionsLow = e.Admissions / 2, AdmissionsHigh = e.Admissions * 2 + 1 })
                .ToList();
            var rollups = new List<DailyRollup>();
            foreach (var dimension in Enum.GetValues<RollupDimension>())
            {
                rollups.AddRange((await store.GetRollupsAsync(date, dimension)).Select(r => r with
                {
                    AdmissionsLow = r.Admissions / 2,
                    AdmissionsHigh = r.Admissions * 2 + 1,
                    GrossLow = r.EstimatedGrossRupiah / 2,
                    GrossHigh = r.EstimatedGrossRupiah * 2 + 1,
                }));
            }

            await store.SaveAsync(date, estimates, rollups);
        }

        _estimates = await store.GetEstimatesAsync(fixture.Today);
        Assert.Contains(_estimates, e => e.AdmissionsLow < e.Admissions && e.TicketPriceRupiah > 0);
        _http = _api.PublicSite();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task BoxOfficeCarriesEachMoviesIntervalAndTheDays()
    {
        var boxOffice = await _http.GetOkAsync($"/api/v1/boxoffice?date={Today}");

        var movies = boxOffice.GetProperty("movies").EnumerateArray().ToList();
        Assert.NotEmpty(movies);
        foreach (var movie in movies)
        {
            var estimates = _estimates.Where(e => e.MovieId == movie.GetProperty("movieId").GetString()).ToList();
            AssertInterval(movie, estimates);
        }

        var totals = boxOffice.GetProperty("totals");
        AssertInterval(totals, _estimates);
        Assert.Equal(movies.Sum(m => m.GetProperty("admissionsHigh").GetInt64()), totals.GetProperty("admissionsHigh").GetInt64());
    }

    [Fact]
    public async Task MovieListMovieDayAndTheatreScheduleCarryTheInterval()
    {
        var list = await _http.GetOkAsync($"/api/v1/movies?date={Today}");
        var sampled = list.GetProperty("movies").EnumerateArray().First(m => m.GetProperty("admissions").ValueKind == JsonValueKind.Number);
        var movieId = sampled.GetProperty("id").GetString();
        AssertInterval(sampled, _estimates.Where(e => e.MovieId == movieId).ToList());
        var unsampled = list.GetProperty("movies").EnumerateArray().Where(m => m.GetProperty("admissions").ValueKind == JsonValueKind.Null);
        Assert.All(unsampled, m => Assert.Equal(JsonValueKind.Null, m.GetProperty("admissionsLow").ValueKind));

        var city = _estimates.First(e => e.MovieId == movieId).CityId;
        var day = await _http.GetOkAsync($"/api/v1/movies/{movieId}?date={Today}&city={city}");
        AssertInterval(day.GetProperty("movie"), _estimates.Where(e => e.MovieId == movieId && e.CityId == city).ToList());

        var theatreId = _estimates.First(e => e.MovieId == movieId).TheatreId;
        var schedule = await _http.GetOkAsync($"/api/v1/theatres/{theatreId}/schedule?date={Today}");
        var atTheatre = schedule.GetProperty("movies").EnumerateArray().Single(m => m.GetProperty("movie").GetProperty("id").GetString() == movieId);
        AssertInterval(atTheatre.GetProperty("movie"), _estimates.Where(e => e.MovieId == movieId).ToList());
    }

    [Fact]
    public async Task HistoryCarriesTheStoredRollupsInterval()
    {
        var movieId = _estimates.GroupBy(e => e.MovieId).OrderByDescending(g => g.Sum(e => e.Admissions)).First().Key;
        var rollup = (await _api.Services.GetRequiredService<IAdmissionsStore>().GetRollupsAsync(fixture.Today, RollupDimension.Movie))
            .Single(r => r.Key == movieId);

        var history = await _http.GetOkAsync($"/api/v1/movies/{movieId}/history?days=7&until={Today}");

        var today = history.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == Today);
        Assert.Equal(
            (rollup.AdmissionsLow, rollup.Admissions, rollup.AdmissionsHigh, rollup.GrossLow, rollup.EstimatedGrossRupiah, rollup.GrossHigh),
            (today.GetProperty("admissionsLow").GetInt64(), today.GetProperty("admissions").GetInt64(), today.GetProperty("admissionsHigh").GetInt64(),
                today.GetProperty("grossLowRupiah").GetInt64(), today.GetProperty("grossRupiah").GetInt64(), today.GetProperty("grossHighRupiah").GetInt64()));
        Assert.True(rollup.AdmissionsLow < rollup.Admissions);
    }

    [Fact]
    public async Task AnalyticsCarryTheInterval()
    {
        var overview = await _http.GetOkAsync($"/api/v1/analytics/overview?date={Today}");
        AssertInterval(overview, _estimates);
        Assert.True(overview.GetProperty("previous").GetProperty("admissionsHigh").GetInt64() > overview.GetProperty("previous").GetProperty("admissions").GetInt64());

        foreach (var by in new[] { "chain", "city", "region", "format", "hour" })
        {
            var rows = (await _http.GetOkAsync($"/api/v1/analytics/occupancy?date={Today}&by={by}")).GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(_estimates.Sum(e => (long)e.AdmissionsLow), rows.Sum(r => r.GetProperty("admissionsLow").GetInt64()));
            Assert.Equal(_estimates.Sum(e => e.GrossHighRupiah), rows.Sum(r => r.GetProperty("grossHighRupiah").GetInt64()));
        }

        var cities = (await _http.GetOkAsync($"/api/v1/analytics/occupancy?date={Today}&by=city")).GetProperty("rows").EnumerateArray();
        foreach (var row in cities)
        {
            AssertInterval(row, _estimates.Where(e => e.CityId == row.GetProperty("key").GetString()).ToList());
        }
    }

    [Fact]
    public async Task AShowtimesEstimateCarriesItsIntervalAndItsReadingStaysExact()
    {
        var estimate = _estimates.First(e => e.AdmissionsLow < e.Admissions && e.TicketPriceRupiah > 0);

        var showtime = await _http.GetOkAsync($"/api/v1/showtimes/{estimate.ShowtimeId}?date={Today}");

        var answered = showtime.GetProperty("estimate");
        Assert.Equal(
            (estimate.AdmissionsLow, estimate.Admissions, estimate.AdmissionsHigh, estimate.GrossLowRupiah, estimate.GrossHighRupiah),
            (answered.GetProperty("admissionsLow").GetInt32(), answered.GetProperty("admissions").GetInt32(), answered.GetProperty("admissionsHigh").GetInt32(),
                answered.GetProperty("grossLowRupiah").GetInt64(), answered.GetProperty("grossHighRupiah").GetInt64()));
        Assert.False(showtime.GetProperty("latest").TryGetProperty("admissionsLow", out _));
    }

    private static void AssertInterval(JsonElement figures, IReadOnlyCollection<ShowtimeEstimate> estimates)
    {
        Assert.NotEmpty(estimates);
        Assert.Equal(
            (estimates.Sum(e => (long)e.AdmissionsLow), estimates.Sum(e => (long)e.Admissions), estimates.Sum(e => (long)e.AdmissionsHigh)),
            (figures.GetProperty("admissionsLow").GetInt64(), figures.GetProperty("admissions").GetInt64(), figures.GetProperty("admissionsHigh").GetInt64()));
        Assert.Equal(
            (estimates.Sum(e => e.GrossLowRupiah), estimates.Sum(e => e.GrossHighRupiah)),
            (figures.GetProperty("grossLowRupiah").GetInt64(), figures.GetProperty("grossHighRupiah").GetInt64()));
    }
}
