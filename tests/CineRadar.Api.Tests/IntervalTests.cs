using System.Globalization;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>
/// Every admissions and gross estimate the Api answers carries its 90 % interval: a stored rollup's as the store holds
/// it, a showtime's as its estimate holds it, and any other grouping's from the showtimes' estimates taken as
/// independent. The store's estimates and rollups are given bounds apart from their point figures (low = half, high =
/// twice plus one).
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
            AssertRollup(movie, await RollupAsync(RollupDimension.Movie, movie.GetProperty("movieId").GetString()!));
        }

        var totals = boxOffice.GetProperty("totals");
        AssertRollup(totals, await RollupAsync(RollupDimension.National, DailyRollups.NationalKey));
        Assert.Equal(movies.Sum(m => m.GetProperty("admissions").GetInt64()), totals.GetProperty("admissions").GetInt64());
    }

    [Fact]
    public async Task MovieListMovieDayAndTheatreScheduleCarryTheInterval()
    {
        var list = await _http.GetOkAsync($"/api/v1/movies?date={Today}");
        var sampled = list.GetProperty("movies").EnumerateArray().First(m => m.GetProperty("admissions").ValueKind == JsonValueKind.Number);
        var movieId = sampled.GetProperty("id").GetString()!;
        AssertRollup(sampled, await RollupAsync(RollupDimension.Movie, movieId));
        var unsampled = list.GetProperty("movies").EnumerateArray().Where(m => m.GetProperty("admissions").ValueKind == JsonValueKind.Null);
        Assert.All(unsampled, m => Assert.Equal(JsonValueKind.Null, m.GetProperty("admissionsLow").ValueKind));

        var city = _estimates.First(e => e.MovieId == movieId).CityId;
        var day = await _http.GetOkAsync($"/api/v1/movies/{movieId}?date={Today}&city={city}");
        AssertCombined(day.GetProperty("movie"), _estimates.Where(e => e.MovieId == movieId && e.CityId == city).ToList());

        var theatreId = _estimates.First(e => e.MovieId == movieId).TheatreId;
        var schedule = await _http.GetOkAsync($"/api/v1/theatres/{theatreId}/schedule?date={Today}");
        var atTheatre = schedule.GetProperty("movies").EnumerateArray().Single(m => m.GetProperty("movie").GetProperty("id").GetString() == movieId);
        AssertRollup(atTheatre.GetProperty("movie"), await RollupAsync(RollupDimension.Movie, movieId));
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
        AssertRollup(overview, await RollupAsync(RollupDimension.National, DailyRollups.NationalKey));
        Assert.True(overview.GetProperty("previous").GetProperty("admissionsHigh").GetInt64() > overview.GetProperty("previous").GetProperty("admissions").GetInt64());

        foreach (var by in new[] { "chain", "city", "region", "format", "hour" })
        {
            var rows = (await _http.GetOkAsync($"/api/v1/analytics/occupancy?date={Today}&by={by}")).GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(overview.GetProperty("admissions").GetInt64(), rows.Sum(r => r.GetProperty("admissions").GetInt64()));
            Assert.All(rows.Where(r => r.GetProperty("sampledShowtimes").GetInt32() > 0), r =>
            {
                Assert.InRange(r.GetProperty("admissions").GetInt64(), r.GetProperty("admissionsLow").GetInt64(), r.GetProperty("admissionsHigh").GetInt64());
                Assert.True(r.GetProperty("admissionsLow").GetInt64() < r.GetProperty("admissionsHigh").GetInt64());
            });
        }

        var cities = (await _http.GetOkAsync($"/api/v1/analytics/occupancy?date={Today}&by=city")).GetProperty("rows").EnumerateArray();
        foreach (var row in cities)
        {
            AssertCombined(row, _estimates.Where(e => e.CityId == row.GetProperty("key").GetString()).ToList());
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

    private async Task<DailyRollup> RollupAsync(RollupDimension dimension, string key) =>
        (await _api.Services.GetRequiredService<IAdmissionsStore>().GetRollupsAsync(fixture.Today, dimension)).Single(r => r.Key == key);

    /// <summary>A figure that is a stored rollup answers its bounds as they are stored.</summary>
    private static void AssertRollup(JsonElement figures, DailyRollup rollup)
    {
        Assert.True(rollup.AdmissionsLow < rollup.Admissions);
        Assert.Equal(
            (rollup.AdmissionsLow, rollup.Admissions, rollup.AdmissionsHigh, rollup.GrossLow, rollup.GrossHigh),
            (figures.GetProperty("admissionsLow").GetInt64(), figures.GetProperty("admissions").GetInt64(), figures.GetProperty("admissionsHigh").GetInt64(),
                figures.GetProperty("grossLowRupiah").GetInt64(), figures.GetProperty("grossHighRupiah").GetInt64()));
    }

    /// <summary>
    /// A grouping without a stored rollup, as the day's projection at the scraper's fold has it. The fixture's shows were
    /// read hours ahead (operators' readings, with no late-sales growth to carry them to the start), so each is projected
    /// like its likes on the day before, at no less than it had sold: the figure is at least the read shows' tickets, and
    /// so is its interval's low end; the interval is not empty.
    /// </summary>
    private static void AssertCombined(JsonElement figures, IReadOnlyCollection<ShowtimeEstimate> estimates)
    {
        Assert.NotEmpty(estimates);
        Assert.All(estimates, e => Assert.Null(EstimateBasis.ScaledBy(e.Basis)));
        var (low, admissions, high) = (figures.GetProperty("admissionsLow").GetInt64(), figures.GetProperty("admissions").GetInt64(), figures.GetProperty("admissionsHigh").GetInt64());
        var sold = estimates.Sum(e => (long)e.Admissions);
        Assert.True(sold <= low, $"{sold} tickets sold, interval from {low}");
        Assert.True(low < admissions && admissions < high);
        Assert.True(figures.GetProperty("grossLowRupiah").GetInt64() < figures.GetProperty("grossHighRupiah").GetInt64());
    }
}
