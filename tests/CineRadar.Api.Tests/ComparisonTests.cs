using System.Globalization;
using System.Net;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>
/// The analysts' comparisons over date ranges, on 21 days of rollups written to a copy of the store before the sandbox
/// days: movie A plays every day but the sixth, movie B opens on the eleventh, and a city and a chain have a figure every
/// day. Each rollup's interval is set apart from its point figure (low = admissions - 100, high = admissions + 150).
/// </summary>
[Collection(ApiSuite.Name)]
public sealed class ComparisonTests(ApiFixture fixture) : IAsyncLifetime
{
    private const string MovieA = "cmp-movie-a";
    private const string MovieB = "cmp-movie-b";
    private const string City = "cmp-city";
    private const string Chain = "CMPCHAIN";
    private const int Days = 21;
    private const int GapDay = 5;
    private const int OpeningDayOfB = 10;
    private const long TicketPrice = 50_000;

    private ApiFactory _api = null!;
    private HttpClient _http = null!;

    private DateOnly First => fixture.Today.AddDays(-70);

    public async Task InitializeAsync()
    {
        _api = fixture.NewApiOnCopy(new Dictionary<string, string?> { ["Cache:VersionRefreshInterval"] = "00:00:00" });
        var store = _api.Services.GetRequiredService<IAdmissionsStore>();
        for (var i = 0; i < Days; i++)
        {
            var date = Day(i);
            var rollups = new List<DailyRollup>
            {
                Rollup(date, RollupDimension.City, City, "Comparison City", CityAdmissions(i)),
                Rollup(date, RollupDimension.Chain, Chain, "Comparison Chain", ChainAdmissions(i)),
            };
            if (i != GapDay)
            {
                rollups.Add(Rollup(date, RollupDimension.Movie, MovieA, "Movie A", AdmissionsA(i)));
            }

            if (i >= OpeningDayOfB)
            {
                rollups.Add(Rollup(date, RollupDimension.Movie, MovieB, "Movie B", AdmissionsB(i)));
            }

            await store.SaveAsync(date, [], rollups);
        }

        _http = _api.PublicSite();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task WeekOverWeekPairsEachDayWithTheSameWeekdayAWeekEarlier()
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/compare/movie/{MovieA}/week-over-week?from={Text(Day(14))}&to={Text(Day(20))}");

        Assert.Equal("Movie A", answer.GetProperty("name").GetString());
        var days = answer.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(7, days.Count);
        for (var k = 0; k < 7; k++)
        {
            var day = days[k];
            Assert.Equal(Text(Day(14 + k)), day.GetProperty("date").GetString());
            Assert.Equal(Day(14 + k).DayOfWeek.ToString(), day.GetProperty("weekday").GetString());
            Assert.Equal(AdmissionsA(14 + k), day.GetProperty("day").GetProperty("admissions").GetInt64());
            Assert.Equal(Text(Day(7 + k)), day.GetProperty("weekBefore").GetProperty("date").GetString());
            Assert.Equal(AdmissionsA(7 + k), day.GetProperty("weekBefore").GetProperty("admissions").GetInt64());
            Assert.Equal(Pct(AdmissionsA(14 + k), AdmissionsA(7 + k)), day.GetProperty("admissionsChangePct").GetDouble());
        }

        var current = answer.GetProperty("current");
        var previous = answer.GetProperty("weekBefore");
        var now = Enumerable.Range(14, 7).Sum(AdmissionsA);
        var before = Enumerable.Range(7, 7).Sum(AdmissionsA);
        Assert.Equal(now, current.GetProperty("admissions").GetInt64());
        Assert.Equal(now * TicketPrice, current.GetProperty("grossRupiah").GetInt64());
        Assert.Equal(before, previous.GetProperty("admissions").GetInt64());
        Assert.Equal(Pct(now, before), answer.GetProperty("admissionsChangePct").GetDouble());
    }

    [Fact]
    public async Task WeekOverWeekCarriesTheRollupsIntervalsAndSumsThemOverTheRange()
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/compare/movie/{MovieA}/week-over-week?from={Text(Day(14))}&to={Text(Day(20))}");

        var day = answer.GetProperty("days")[0].GetProperty("day");
        Assert.Equal(AdmissionsA(14) - 100, day.GetProperty("admissionsLow").GetInt64());
        Assert.Equal(AdmissionsA(14) + 150, day.GetProperty("admissionsHigh").GetInt64());
        Assert.Equal((AdmissionsA(14) - 100) * TicketPrice, day.GetProperty("grossLowRupiah").GetInt64());
        var current = answer.GetProperty("current");
        Assert.Equal(Enumerable.Range(14, 7).Sum(i => AdmissionsA(i) - 100), current.GetProperty("admissionsLow").GetInt64());
        Assert.Equal(Enumerable.Range(14, 7).Sum(i => AdmissionsA(i) + 150), current.GetProperty("admissionsHigh").GetInt64());
    }

    [Fact]
    public async Task WeekOverWeekReadsADayWithoutARollupAsZeroWithoutAChange()
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/compare/movie/{MovieA}/week-over-week?from={Text(Day(12))}&to={Text(Day(12))}");

        var day = Assert.Single(answer.GetProperty("days").EnumerateArray());
        Assert.Equal(0, day.GetProperty("weekBefore").GetProperty("admissions").GetInt64());
        Assert.Equal(JsonValueKind.Null, day.GetProperty("admissionsChangePct").ValueKind);
    }

    [Theory]
    [InlineData("city", City, "Comparison City")]
    [InlineData("chain", Chain, "Comparison Chain")]
    public async Task WeekOverWeekFollowsACityOrAChain(string by, string key, string name)
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/compare/{by}/{key}/week-over-week?from={Text(Day(7))}&to={Text(Day(20))}");

        Assert.Equal(by, answer.GetProperty("by").GetString());
        Assert.Equal(name, answer.GetProperty("name").GetString());
        Func<int, long> admissions = by == "city" ? CityAdmissions : ChainAdmissions;
        var days = answer.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(14, days.Count);
        Assert.Equal(admissions(20), days[^1].GetProperty("day").GetProperty("admissions").GetInt64());
        Assert.Equal(admissions(13), days[^1].GetProperty("weekBefore").GetProperty("admissions").GetInt64());
        Assert.Equal(Enumerable.Range(0, 14).Sum(admissions), answer.GetProperty("weekBefore").GetProperty("admissions").GetInt64());
    }

    [Fact]
    public async Task WeekOverWeekPagesTheDaysAndKeepsTheRangesTotals()
    {
        var url = $"/api/v1/analytics/compare/city/{City}/week-over-week?from={Text(Day(7))}&to={Text(Day(20))}";
        var first = await _http.GetOkAsync($"{url}&limit=5");
        var middle = await _http.GetOkAsync($"{url}&offset=5&limit=5");
        var last = await _http.GetOkAsync($"{url}&offset=10&limit=5");

        AssertPage(first, offset: 0, limit: 5, total: 14, next: 5);
        AssertPage(middle, offset: 5, limit: 5, total: 14, next: 10);
        AssertPage(last, offset: 10, limit: 5, total: 14, next: null);
        Assert.Equal(Text(Day(12)), middle.GetProperty("days")[0].GetProperty("date").GetString());
        Assert.Equal(4, last.GetProperty("days").GetArrayLength());
        Assert.Equal(
            first.GetProperty("current").GetProperty("admissions").GetInt64(),
            last.GetProperty("current").GetProperty("admissions").GetInt64());
        var everyDate = new[] { first, middle, last }.SelectMany(p => p.GetProperty("days").EnumerateArray()).Select(d => d.GetProperty("date").GetString());
        Assert.Equal(Enumerable.Range(7, 14).Select(i => Text(Day(i))), everyDate);
    }

    [Fact]
    public async Task ARangeOf92DaysIsAnsweredAndOneOf93IsRefused()
    {
        var to = Day(20);
        await _http.GetOkAsync($"/api/v1/analytics/compare/city/{City}/week-over-week?from={Text(to.AddDays(-91))}&to={Text(to)}&limit=200");

        var refused = await _http.GetAsync(new Uri($"/api/v1/analytics/compare/city/{City}/week-over-week?from={Text(to.AddDays(-92))}&to={Text(to)}", UriKind.Relative));

        var problem = await HttpAssert.ProblemAsync(refused, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("to")[0].GetString()!;
        Assert.Contains("at most 92 days", message, StringComparison.Ordinal);
        Assert.Contains("93 days", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARangeThatRunsBackwardsIsRefusedNamingFrom()
    {
        var response = await _http.GetAsync(new Uri($"/api/v1/analytics/compare/movie/{MovieA}/same-weekday?from={Text(Day(20))}&to={Text(Day(10))}", UriKind.Relative));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("is after to", problem.GetProperty("errors").GetProperty("from")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameWeekdayComparesTheLastDayWithEachEarlierWeekAndTheirAverage()
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/compare/chain/{Chain}/same-weekday?from={Text(Day(0))}&to={Text(Day(20))}");

        Assert.Equal(Day(20).DayOfWeek.ToString(), answer.GetProperty("weekday").GetString());
        Assert.Equal(ChainAdmissions(20), answer.GetProperty("day").GetProperty("admissions").GetInt64());
        var weeks = answer.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal([1, 2], weeks.Select(w => w.GetProperty("weeksBefore").GetInt32()));
        Assert.Equal([Text(Day(13)), Text(Day(6))], weeks.Select(w => w.GetProperty("day").GetProperty("date").GetString()));
        Assert.Equal(Pct(ChainAdmissions(20), ChainAdmissions(13)), weeks[0].GetProperty("admissionsChangePct").GetDouble());
        var average = (long)Math.Round((ChainAdmissions(13) + ChainAdmissions(6)) / 2.0, MidpointRounding.AwayFromZero);
        Assert.Equal(average, answer.GetProperty("averageAdmissions").GetInt64());
        Assert.Equal(Pct(ChainAdmissions(20), average), answer.GetProperty("admissionsChangeFromAveragePct").GetDouble());
    }

    [Fact]
    public async Task ReleaseToDateSumsEveryDayFromTheFirstDaySeenAndSplitsWeekendFromWeekdays()
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/release-to-date/{MovieA}?to={Text(Day(20))}&limit=200");

        var totals = answer.GetProperty("totals");
        var played = Enumerable.Range(0, Days).Where(i => i != GapDay).ToList();
        Assert.Equal(Text(First), totals.GetProperty("firstDay").GetString());
        Assert.Equal(Days, totals.GetProperty("daysInRelease").GetInt32());
        Assert.Equal(Days - 1, totals.GetProperty("daysPlayed").GetInt32());
        Assert.Equal(played.Sum(AdmissionsA), totals.GetProperty("admissions").GetInt64());
        Assert.Equal(played.Sum(AdmissionsA) * TicketPrice, totals.GetProperty("grossRupiah").GetInt64());
        Assert.Equal(played.Sum(i => AdmissionsA(i) + 150), totals.GetProperty("admissionsHigh").GetInt64());

        var weekend = played.Where(i => Day(i).DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday).ToList();
        var weekdays = played.Except(weekend).ToList();
        AssertSplit(totals.GetProperty("weekend"), weekend);
        AssertSplit(totals.GetProperty("weekdays"), weekdays);

        var days = answer.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, Days), days.Select(d => d.GetProperty("day").GetInt32()));
        Assert.Equal(0, days[GapDay].GetProperty("figures").GetProperty("admissions").GetInt64());
        Assert.Equal(played.Sum(AdmissionsA), days[^1].GetProperty("cumulativeAdmissions").GetInt64());
        Assert.Equal(AdmissionsA(0) + AdmissionsA(1), days[1].GetProperty("cumulativeAdmissions").GetInt64());
    }

    [Fact]
    public async Task ReleaseToDateCountsOnlyTheDaysUpToTo()
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/release-to-date/{MovieB}?to={Text(Day(12))}");

        var totals = answer.GetProperty("totals");
        Assert.Equal(Text(Day(OpeningDayOfB)), totals.GetProperty("firstDay").GetString());
        Assert.Equal(3, totals.GetProperty("daysInRelease").GetInt32());
        Assert.Equal(Enumerable.Range(10, 3).Sum(AdmissionsB), totals.GetProperty("admissions").GetInt64());
    }

    [Fact]
    public async Task ReleaseToDateListsTheDaysMoviesMostAdmittedFirstWithTheirTotals()
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/release-to-date?date={Text(Day(20))}");

        var movies = answer.GetProperty("movies").EnumerateArray().ToList();
        Assert.Equal([MovieB, MovieA], movies.Select(m => m.GetProperty("movieId").GetString()));
        Assert.Equal(Enumerable.Range(10, 11).Sum(AdmissionsB), movies[0].GetProperty("admissions").GetInt64());
        Assert.Equal(11, movies[0].GetProperty("daysInRelease").GetInt32());
        AssertPage(answer, offset: 0, limit: 50, total: 2, next: null);

        var second = await _http.GetOkAsync($"/api/v1/analytics/release-to-date?date={Text(Day(20))}&offset=1&limit=1");
        Assert.Equal(MovieA, Assert.Single(second.GetProperty("movies").EnumerateArray()).GetProperty("movieId").GetString());
    }

    [Fact]
    public async Task OpeningsAlignEachMoviesDaysOnItsOwnFirstDay()
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/openings?first={MovieA}&second={MovieB}&days=5&to={Text(Day(12))}");

        Assert.Equal(Text(First), answer.GetProperty("first").GetProperty("firstDay").GetString());
        Assert.Equal(Text(Day(OpeningDayOfB)), answer.GetProperty("second").GetProperty("firstDay").GetString());
        var days = answer.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5], days.Select(d => d.GetProperty("day").GetInt32()));
        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(AdmissionsA(k), days[k].GetProperty("first").GetProperty("figures").GetProperty("admissions").GetInt64());
        }

        for (var k = 0; k < 3; k++)
        {
            var second = days[k].GetProperty("second");
            Assert.Equal(Text(Day(OpeningDayOfB + k)), second.GetProperty("figures").GetProperty("date").GetString());
            Assert.Equal(AdmissionsB(OpeningDayOfB + k), second.GetProperty("figures").GetProperty("admissions").GetInt64());
        }

        Assert.Equal(JsonValueKind.Null, days[3].GetProperty("second").ValueKind);
        Assert.Equal(3, answer.GetProperty("second").GetProperty("daysSeen").GetInt32());
        Assert.Equal(Enumerable.Range(10, 3).Sum(AdmissionsB), answer.GetProperty("second").GetProperty("admissions").GetInt64());
        Assert.Equal(Enumerable.Range(0, 5).Sum(AdmissionsA), answer.GetProperty("first").GetProperty("admissions").GetInt64());
    }

    [Fact]
    public async Task OpeningsPageTheAlignedDays()
    {
        var answer = await _http.GetOkAsync($"/api/v1/analytics/openings?first={MovieA}&second={MovieB}&days=10&to={Text(Day(20))}&offset=8&limit=5");

        Assert.Equal([9, 10], answer.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("day").GetInt32()));
        AssertPage(answer, offset: 8, limit: 5, total: 10, next: null);
    }

    [Theory]
    [InlineData("/api/v1/analytics/compare/movie/cmp-nothing/week-over-week")]
    [InlineData("/api/v1/analytics/compare/city/cmp-nothing/same-weekday")]
    [InlineData("/api/v1/analytics/release-to-date/cmp-nothing")]
    [InlineData("/api/v1/analytics/openings?first=cmp-movie-a&second=cmp-nothing")]
    public async Task SomethingNeverSeenIsNotFound(string url)
    {
        var response = await _http.GetAsync(new Uri(url, UriKind.Relative));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AComparisonIsCachedUntilTheDataVersionMoves()
    {
        var url = new Uri($"/api/v1/analytics/compare/city/{City}/week-over-week?from={Text(Day(14))}&to={Text(Day(20))}", UriKind.Relative);
        using var first = await _http.GetAsync(url);
        var etag = first.Headers.ETag!.Tag;
        using var again = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "If-None-Match", etag } } };
        using var notModified = await _http.SendAsync(again);

        var store = _api.Services.GetRequiredService<IAdmissionsStore>();
        await store.SaveAsync(Day(20), [], [Rollup(Day(20), RollupDimension.City, City, "Comparison City", 9_999)]);
        await _api.Services.GetRequiredService<IDataVersionStore>().BumpAsync();
        var fresh = await _http.GetOkAsync(url.ToString());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(9_999, fresh.GetProperty("days")[6].GetProperty("day").GetProperty("admissions").GetInt64());
    }

    [Fact]
    public async Task AB2bKeyReadsComparisonsAsItReadsTheOtherAnalyticsAndNoKeyIsRefused()
    {
        var secret = await _api.IssueB2bKeyAsync("comparisons-client", 600);
        using var b2b = _api.Client(secret);
        using var anonymous = _api.Client(null);
        var url = new Uri($"/api/v1/analytics/openings?first={MovieA}&second={MovieB}&to={Text(Day(20))}", UriKind.Relative);

        using var answered = await b2b.GetAsync(url);
        using var refused = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    public static TheoryData<string, string> BadComparisons => new()
    {
        { "/api/v1/analytics/compare/region/1/week-over-week", "by" },
        { "/api/v1/analytics/compare/movie/m1/week-over-week?from=2026-02-30", "from" },
        { "/api/v1/analytics/compare/movie/m1/week-over-week?to=soon", "to" },
        { "/api/v1/analytics/compare/movie/m1/week-over-week?from=2026-03-01&to=2026-01-01", "from" },
        { "/api/v1/analytics/compare/movie/m1/week-over-week?from=2026-01-01&to=2026-05-01", "to" },
        { "/api/v1/analytics/compare/movie/m1/week-over-week?limit=0", "limit" },
        { "/api/v1/analytics/compare/movie/m1/week-over-week?limit=201", "limit" },
        { "/api/v1/analytics/compare/movie/m1/week-over-week?offset=-1", "offset" },
        { "/api/v1/analytics/compare/movie/m1/same-weekday?offset=x", "offset" },
        { "/api/v1/analytics/compare/movie/m1/same-weekday?from=2025-01-01&to=2025-12-31", "to" },
        { $"/api/v1/analytics/compare/chain/{new string('k', 101)}/same-weekday", "key" },
        { "/api/v1/analytics/release-to-date?date=x", "date" },
        { "/api/v1/analytics/release-to-date?limit=1000", "limit" },
        { "/api/v1/analytics/release-to-date/m%20", "movieId" },
        { "/api/v1/analytics/release-to-date/m1?to=2019-12-31", "to" },
        { "/api/v1/analytics/openings?second=m2", "first" },
        { "/api/v1/analytics/openings?first=m1", "second" },
        { "/api/v1/analytics/openings?first=m1&second=m.2", "second" },
        { "/api/v1/analytics/openings?first=m1&second=m2&days=93", "days" },
        { "/api/v1/analytics/openings?first=m1&second=m2&days=0", "days" },
    };

    [Theory]
    [MemberData(nameof(BadComparisons))]
    public async Task BadInputIsRefusedWith400NamingTheParameter(string url, string parameter)
    {
        var response = await _http.GetAsync(new Uri(url, UriKind.Relative));

        await HttpAssert.NamesParameterAsync(response, parameter);
    }

    private DateOnly Day(int index) => First.AddDays(index);

    private static long AdmissionsA(int day) => 1_000 + (10 * day);

    private static long AdmissionsB(int day) => 3_000 + (7 * day);

    private static long CityAdmissions(int day) => 500 + (day * day);

    private static long ChainAdmissions(int day) => 700 + (3 * day);

    private static DailyRollup Rollup(DateOnly date, RollupDimension dimension, string key, string name, long admissions) =>
        new(date, dimension, key, name, admissions, admissions * TicketPrice, admissions * 4, 20, 20, DateTimeOffset.UnixEpoch,
            admissions - 100, admissions + 150, (admissions - 100) * TicketPrice, (admissions + 150) * TicketPrice);

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double Pct(long now, long before) => Math.Round((now - before) * 100.0 / before, 1, MidpointRounding.AwayFromZero);

    private static void AssertPage(JsonElement answer, int offset, int limit, int total, int? next)
    {
        var page = answer.GetProperty("page");
        Assert.Equal(offset, page.GetProperty("offset").GetInt32());
        Assert.Equal(limit, page.GetProperty("limit").GetInt32());
        Assert.Equal(total, page.GetProperty("total").GetInt32());
        Assert.Equal(next, page.GetProperty("nextOffset").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextOffset").GetInt32());
    }

    private static void AssertSplit(JsonElement split, IReadOnlyList<int> days)
    {
        var admissions = days.Sum(AdmissionsA);
        Assert.Equal(days.Count, split.GetProperty("days").GetInt32());
        Assert.Equal(admissions, split.GetProperty("admissions").GetInt64());
        Assert.Equal(admissions * TicketPrice, split.GetProperty("grossRupiah").GetInt64());
        Assert.Equal((long)Math.Round(admissions / (double)days.Count, MidpointRounding.AwayFromZero), split.GetProperty("admissionsPerDay").GetInt64());
    }
}
