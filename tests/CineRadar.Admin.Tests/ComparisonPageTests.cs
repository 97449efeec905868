using System.Net;
using System.Text.RegularExpressions;
using CineRadar.Contracts;

namespace CineRadar.Admin.Tests;

/// <summary>The analysts' comparison pages: week over week and same weekday, releases to date, and openings side by side.</summary>
public sealed class ComparisonPageTests : IClassFixture<AdminSite>, IDisposable
{
    private static readonly DateOnly Monday = new(2026, 1, 5);
    private readonly AdminSite _site;

    public ComparisonPageTests(AdminSite site)
    {
        _site = site;
        _site.Api.Reset();
    }

    public void Dispose() => _site.Api.Reset();

    [Fact]
    public async Task WeekOverWeekShowsTheRangeAgainstTheWeekBeforeAndTheDayAgainstEarlierWeekdays()
    {
        StubChoices();
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/compare/movie/m1/week-over-week", WeekOverWeek());
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/compare/movie/m1/same-weekday", SameWeekday());
        using var browser = await SignedInAsync();

        var page = Text(await browser.GetStringAsync("/analytics/comparisons?subject=movie:m1&from=2026-01-05&to=2026-01-11"));

        Assert.Equal("?from=2026-01-05&to=2026-01-11&limit=92", _site.Api.Sent(HttpMethod.Get, "/api/v1/analytics/compare/movie/m1/week-over-week").Single().Query);
        Assert.Equal("?to=2026-01-11", _site.Api.Sent(HttpMethod.Get, "/api/v1/analytics/compare/movie/m1/same-weekday").Single().Query);
        Assert.Contains("Week over week: KERETA MALAM", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"movie:m1\" selected", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"chain:XXI\">XXI</option>", page, StringComparison.Ordinal);
        Assert.Contains("8,400 (8,000–8,900) admissions", page, StringComparison.Ordinal);
        Assert.Contains("a week earlier 7,000 admissions (+20.0% admissions", page, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(page, "class=\"line-chart\""));
        Assert.Equal(14, CountOf(page, "<circle"));
        Assert.Equal(7, CountOf(page, "data-column=\"change\">+20.0%"));
        Assert.Contains("1,200 (1,150–1,250) admissions against an average of 1,000 over 2 earlier Sundays (+20.0%)", page, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(page, "<li>"));
    }

    [Fact]
    public async Task WeekOverWeekWithoutASubjectOffersTheChoicesAndComparesNothing()
    {
        StubChoices();
        using var browser = await SignedInAsync();

        var page = await browser.GetStringAsync("/analytics/comparisons");

        Assert.Contains("<optgroup label=\"Cities\">", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"city:0100\">JAKARTA</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(_site.Api.Requests, r => r.Path.StartsWith("/api/v1/analytics/compare/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARangeTheApiRefusesIsShownInItsWordsAboveTheForm()
    {
        StubChoices();
        _site.Api.Problem(
            HttpMethod.Get, "/api/v1/analytics/compare/city/0100/week-over-week", HttpStatusCode.BadRequest,
            "A range is at most 92 days, both ends included; 2025-09-01 to 2026-01-11 is 133 days.");
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/analytics/comparisons?subject=city:0100&from=2025-09-01&to=2026-01-11");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A range is at most 92 days", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"city:0100\" selected", page, StringComparison.Ordinal);
        Assert.Empty(_site.Api.Sent(HttpMethod.Get, "/api/v1/analytics/compare/city/0100/same-weekday"));
    }

    [Fact]
    public async Task ASubjectWithNothingInTheRangeSaysSoAndKeepsThePage()
    {
        StubChoices();
        _site.Api.Problem(HttpMethod.Get, "/api/v1/analytics/compare/chain/XXI/week-over-week", HttpStatusCode.NotFound, "No chain with id XXI between 2025-12-29 and 2026-01-11.");
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/analytics/comparisons?subject=chain:XXI&to=2026-01-11");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No chain with id XXI", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReleasesListEachMoviesTotalsToDateLinkedToItsReleaseAndPages()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/release-to-date", new ReleaseToDateList(
            Samples.Today, new PageInfo(50, 50, 120, 100), [Totals("m1", "KERETA MALAM"), Totals("m2", "LAUT")]));
        using var browser = await SignedInAsync();

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/analytics/releases?date=2026-01-11&offset=50"));

        Assert.Equal("?date=2026-01-11&offset=50&limit=50", _site.Api.Sent(HttpMethod.Get, "/api/v1/analytics/release-to-date").Single().Query);
        Assert.Contains("href=\"analytics/releases/m1?to=2026-01-11\"", page, StringComparison.Ordinal);
        Assert.Contains("50,000 (47,000–53,500)", page, StringComparison.Ordinal);
        Assert.Contains("51–52 of 120", page, StringComparison.Ordinal);
        Assert.Contains("href=\"analytics/releases?date=2026-01-11&offset=100\">Next", page, StringComparison.Ordinal);
        Assert.Contains("href=\"analytics/releases?date=2026-01-11&offset=0\">Previous", page, StringComparison.Ordinal);
        Assert.Contains("href=\"analytics/comparisons?to=2026-01-11\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"analytics/openings?to=2026-01-11\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"active\">Releases to date", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReleaseShowsItsTotalsWeekendAgainstWeekdaysAndEveryDay()
    {
        var days = Enumerable.Range(0, 7).Select(i => Day(i + 1, Monday.AddDays(i), 1_000 * (i + 1), 1_000 * (i + 1) * (i + 2) / 2)).ToList();
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/release-to-date/m1", new ReleaseToDate(Totals("m1", "KERETA MALAM"), new PageInfo(0, 200, 7, null), days));
        using var browser = await SignedInAsync();

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/analytics/releases/m1?to=2026-01-11"));

        Assert.Equal("?to=2026-01-11&limit=200", _site.Api.Sent(HttpMethod.Get, "/api/v1/analytics/release-to-date/m1").Single().Query);
        Assert.Contains("KERETA MALAM: release to date", page, StringComparison.Ordinal);
        Assert.Contains("90 % interval 47,000–53,500", page, StringComparison.Ordinal);
        Assert.Contains("Weekend (3 days)", page, StringComparison.Ordinal);
        Assert.Contains("9,000 a day, 27,000 in all", page, StringComparison.Ordinal);
        Assert.Contains("Weekdays (4 days)", page, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(page, "class=\"line-chart\""));
        Assert.Contains("Sat 10 Jan 2026 (weekend)", page, StringComparison.Ordinal);
        Assert.Contains("href=\"analytics/comparisons?subject=movie%3Am1&to=2026-01-11\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReleaseTheApiDoesNotKnowGivesTheNotFoundPage()
    {
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/analytics/releases/m404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningsShowTwoMoviesDayByDayOnOneScale()
    {
        StubChoices();
        var first = Enumerable.Range(1, 5).Select(d => Day(d, Monday.AddDays(d - 1), 1_000, 1_000 * d)).ToList();
        var second = Enumerable.Range(1, 3).Select(d => Day(d, Monday.AddDays(d + 20), 2_000, 2_000 * d)).ToList();
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/openings", new OpeningComparison(
            Samples.Today,
            5,
            new OpeningMovie("m1", "KERETA MALAM", Monday, 5, 5_000, 200_000_000),
            new OpeningMovie("m2", "LAUT", Monday.AddDays(21), 3, 6_000, 240_000_000),
            new PageInfo(0, 92, 5, null),
            [.. Enumerable.Range(1, 5).Select(d => new AlignedDay(d, first[d - 1], d <= 3 ? second[d - 1] : null))]));
        using var browser = await SignedInAsync();

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/analytics/openings?first=m1&second=m2&days=5"));

        Assert.Equal("?first=m1&second=m2&days=5&limit=92", _site.Api.Sent(HttpMethod.Get, "/api/v1/analytics/openings").Single().Query);
        Assert.Contains("KERETA MALAM: 5,000 admissions in 5 days from Mon 5 Jan 2026", page, StringComparison.Ordinal);
        Assert.Contains("LAUT: 6,000 admissions in 3 days from Mon 26 Jan 2026", page, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(page, "class=\"line-chart\""));
        Assert.Equal(8, CountOf(page, "<circle"));
        Assert.Equal(2, CountOf(page, "data-column=\"second\">–"));
        Assert.Contains("<option value=\"m2\" selected", page, StringComparison.Ordinal);
    }

    private void StubChoices()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/movies", new MovieList(Samples.Today, null, [Movie("m1", "KERETA MALAM"), Movie("m2", "LAUT")]));
        _site.Api.Answer(HttpMethod.Get, "/api/v1/cities", Samples.Cities());
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/occupancy", new OccupancyBreakdown(
            Samples.Today, "chain", [new OccupancyRow("XXI", "XXI", 100, 90, 5_000, 10_000, 50, 200_000_000, 4_800, 5_200, 190_000_000, 210_000_000)]));
    }

    private static MovieSummary Movie(string id, string title) =>
        new(id, title, [], null, null, null, false, [], 3, 10, 100, null, null, null, null, null, null, null);

    private static WeekOverWeek WeekOverWeek()
    {
        var days = Enumerable.Range(0, 7)
            .Select(i => new WeekOverWeekDay(
                Monday.AddDays(i), Monday.AddDays(i).DayOfWeek.ToString(), Figures(Monday.AddDays(i), 1_200), Figures(Monday.AddDays(i - 7), 1_000), 20.0, 20.0))
            .ToList();
        return new WeekOverWeek(
            "movie", "m1", "KERETA MALAM",
            new PeriodTotals(Monday, Samples.Today, 8_400, 336_000_000, 700, 8_000, 8_900, 320_000_000, 356_000_000),
            new PeriodTotals(Monday.AddDays(-7), Samples.Today.AddDays(-7), 7_000, 280_000_000, 700, 6_600, 7_500, 264_000_000, 300_000_000),
            20.0, 20.0, new PageInfo(0, 92, 7, null), days);
    }

    private static SameWeekday SameWeekday() => new(
        "movie", "m1", "KERETA MALAM", Samples.Today.AddDays(-56), Samples.Today, "Sunday", Figures(Samples.Today, 1_200), 1_000, 40_000_000, 20.0, 20.0,
        new PageInfo(0, 50, 2, null),
        [new SameWeekdayWeek(1, Figures(Samples.Today.AddDays(-7), 900), 33.3, 33.3), new SameWeekdayWeek(2, Figures(Samples.Today.AddDays(-14), 1_100), 9.1, 9.1)]);

    private static ReleaseTotals Totals(string id, string title) => new(
        id, title, Monday, Samples.Today, 7, 7, 50_000, 2_000_000_000, 47_000, 53_500, 1_880_000_000, 2_140_000_000,
        new ReleaseSplit(3, 27_000, 1_080_000_000, 9_000, 360_000_000),
        new ReleaseSplit(4, 23_000, 920_000_000, 5_750, 230_000_000));

    private static ReleaseDay Day(int day, DateOnly date, long admissions, long cumulative) =>
        new(day, date.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday, Figures(date, admissions), cumulative, cumulative * 40_000);

    private static DayFigures Figures(DateOnly date, long admissions) =>
        new(date, admissions, admissions * 40_000, 100, 40.0, admissions - 50, admissions + 50, (admissions - 50) * 40_000, (admissions + 50) * 40_000);

    private async Task<HttpClient> SignedInAsync()
    {
        var browser = _site.Browser();
        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.AnalystName, AdminSite.AnalystPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    /// <summary>The page as a reader sees its text: entities decoded, each run of white space one space.</summary>
    private static string Text(string html) => Regex.Replace(WebUtility.HtmlDecode(html), @"\s+", " ");

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
