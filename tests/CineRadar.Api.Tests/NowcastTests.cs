using System.Globalization;
using System.Text.Json;
using CineRadar.Api.Tests.Support;

namespace CineRadar.Api.Tests;

/// <summary>
/// Today was folded in the afternoon with yesterday in the store: its figures are a projection of the whole day, and
/// what the shows started by then sold is kept beside them, per movie, city, chain and for the country.
/// </summary>
[Collection(ApiSuite.Name)]
public sealed class NowcastTests(ApiFixture fixture)
{
    private readonly HttpClient _http = fixture.Api.PublicSite();

    private string Today => fixture.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheDaySoFarAndByTonightForTheCountryAndEachMovieCityAndChain()
    {
        var nowcast = await _http.GetOkAsync($"/api/v1/analytics/nowcast?date={Today}");

        Assert.Equal(Today, nowcast.GetProperty("date").GetString());
        Assert.True(nowcast.GetProperty("running").GetBoolean());
        Assert.Equal(JsonValueKind.String, nowcast.GetProperty("updatedAt").ValueKind);
        var national = nowcast.GetProperty("national");
        AssertProjected(national);
        Assert.True(national.GetProperty("soFarAdmissions").GetInt64() < national.GetProperty("admissions").GetInt64());
        foreach (var dimension in new[] { "movies", "cities", "chains" })
        {
            var rows = nowcast.GetProperty(dimension).EnumerateArray().ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, AssertProjected);
            // Each rollup is rounded on its own: the rows add up to the country within a ticket each.
            Assert.InRange(rows.Sum(r => r.GetProperty("admissions").GetInt64()), national.GetProperty("admissions").GetInt64() - rows.Count, national.GetProperty("admissions").GetInt64() + rows.Count);
            Assert.InRange(rows.Sum(r => r.GetProperty("soFarAdmissions").GetInt64()), national.GetProperty("soFarAdmissions").GetInt64() - rows.Count, national.GetProperty("soFarAdmissions").GetInt64() + rows.Count);
            Assert.Equal(rows.Select(r => r.GetProperty("admissions").GetInt64()).OrderDescending(), rows.Select(r => r.GetProperty("admissions").GetInt64()));
        }
    }

    [Fact]
    public async Task TheOverviewAndTheBoxOfficeSayWhatSoFarIsWhileTheDayRuns()
    {
        var nowcast = await _http.GetOkAsync($"/api/v1/analytics/nowcast?date={Today}");
        var overview = await _http.GetOkAsync($"/api/v1/analytics/overview?date={Today}");
        var boxOffice = await _http.GetOkAsync($"/api/v1/boxoffice?date={Today}");

        var national = nowcast.GetProperty("national");
        Assert.Equal(national.GetProperty("admissions").GetInt64(), overview.GetProperty("admissions").GetInt64());
        Assert.Equal(national.GetProperty("soFarAdmissions").GetInt64(), overview.GetProperty("soFar").GetProperty("admissions").GetInt64());
        Assert.Equal(national.GetProperty("soFarGrossRupiah").GetInt64(), boxOffice.GetProperty("totals").GetProperty("soFar").GetProperty("grossRupiah").GetInt64());
        var movie = nowcast.GetProperty("movies")[0];
        var row = boxOffice.GetProperty("movies").EnumerateArray().Single(m => m.GetProperty("movieId").GetString() == movie.GetProperty("key").GetString());
        Assert.Equal(movie.GetProperty("soFarAdmissions").GetInt64(), row.GetProperty("soFar").GetProperty("admissions").GetInt64());
    }

    [Fact]
    public async Task ADayWithNothingFoldedHasNothingToProject()
    {
        var nowcast = await _http.GetOkAsync("/api/v1/analytics/nowcast?date=2020-01-01");

        Assert.False(nowcast.GetProperty("running").GetBoolean());
        Assert.Equal(JsonValueKind.Null, nowcast.GetProperty("updatedAt").ValueKind);
        Assert.Empty(nowcast.GetProperty("movies").EnumerateArray());
        Assert.Equal(0, nowcast.GetProperty("national").GetProperty("admissions").GetInt64());
    }

    [Fact]
    public async Task AnUnreadableDateIsRefused()
    {
        using var response = await _http.GetAsync("/api/v1/analytics/nowcast?date=tomorrow");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static void AssertProjected(JsonElement row)
    {
        var (soFar, admissions) = (row.GetProperty("soFarAdmissions").GetInt64(), row.GetProperty("admissions").GetInt64());
        Assert.InRange(soFar, 0, admissions);
        Assert.InRange(admissions, row.GetProperty("admissionsLow").GetInt64(), row.GetProperty("admissionsHigh").GetInt64());
        Assert.InRange(row.GetProperty("soFarGrossRupiah").GetInt64(), 0, row.GetProperty("grossRupiah").GetInt64());
    }
}
