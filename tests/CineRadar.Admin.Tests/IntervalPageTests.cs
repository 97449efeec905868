using System.Net;
using System.Text.RegularExpressions;
using CineRadar.Contracts;

namespace CineRadar.Admin.Tests;

/// <summary>Every estimated admissions and gross figure the Admin shows comes with its 90 % interval.</summary>
public sealed class IntervalPageTests : IClassFixture<AdminSite>, IDisposable
{
    private readonly AdminSite _site;

    public IntervalPageTests(AdminSite site)
    {
        _site = site;
        _site.Api.Reset();
    }

    public void Dispose() => _site.Api.Reset();

    [Fact]
    public async Task OverviewShowsTheIntervalOfAdmissionsAndGross()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/overview", Samples.Overview());
        _site.Api.Answer(HttpMethod.Get, "/api/v1/freshness", Samples.Freshness(DateTimeOffset.UtcNow, citiesFailed: 0));
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/alerts", Array.Empty<AlertDto>());
        using var browser = await SignedInAsync();

        var page = Page(await browser.GetStringAsync("/?date=2026-01-11"));

        Assert.Contains("90 % interval 431,000–455,000", page, StringComparison.Ordinal);
        Assert.Contains("90 % interval Rp17.9B–Rp18.9B", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaderboardShowsEachMoviesIntervalInItsTableAndErrorBars()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/boxoffice", new BoxOffice(
            Samples.Today, Samples.Today.AddDays(-1), new BoxOfficeTotals(1500, 60_000_000, 100, 90, 30.5, 1000, 40_000_000, 50, 50, 1400, 1600, 56_000_000, 64_000_000),
            [new BoxOfficeMovie("m1", "KERETA MALAM", 1000, 40_000_000, 33.3, 60, 800, 25, 930, 1070, 37_200_000, 42_800_000)]));
        using var browser = await SignedInAsync();

        var page = Page(await browser.GetStringAsync("/analytics?date=2026-01-11"));

        Assert.Contains("1,500 (1,400–1,600) admissions", page, StringComparison.Ordinal);
        Assert.Contains("Rp60.000.000 (Rp56.000.000–Rp64.000.000) estimated gross", page, StringComparison.Ordinal);
        Assert.Contains("data-column=\"admissions\">1,000 (930–1,070)</td>", page, StringComparison.Ordinal);
        Assert.Contains("data-column=\"gross\">Rp40.000.000 (Rp37.200.000–Rp42.800.000)</td>", page, StringComparison.Ordinal);
        // The bar list is scaled to the longest interval's top (1,070): the bar ends at 93.5, its error bar spans 86.9..100.
        Assert.Contains("<rect width=\"93.5\"", page, StringComparison.Ordinal);
        Assert.Contains("d=\"M86.9,1 V9 M86.9,5 H100 M100,1 V9\"", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"bar-text\">1,000 (930–1,070)</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovieTrendDrawsWhiskersAndListsEachDaysInterval()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/movies/m1/history", new MovieHistory("m1", "KERETA MALAM",
        [
            new MovieHistoryDay(Samples.Today.AddDays(-1), 800, 32_000_000, 50, 30.0, 700, 900, 28_000_000, 36_000_000),
            new MovieHistoryDay(Samples.Today, 1000, 40_000_000, 60, 33.3, 930, 1070, 37_200_000, 42_800_000),
        ]));
        using var browser = await SignedInAsync();

        var page = Page(await browser.GetStringAsync("/analytics/movies/m1"));

        Assert.Equal(2, CountOf(page, "class=\"whisker\""));
        Assert.Contains("<title>11 Jan: 90 % interval 930–1,070</title>", page, StringComparison.Ordinal);
        Assert.Contains("<title>10 Jan: 800 (700–900)</title>", page, StringComparison.Ordinal);
        Assert.Contains("data-column=\"admissions\">800 (700–900)</td>", page, StringComparison.Ordinal);
        Assert.Contains("data-column=\"gross\">Rp32.000.000 (Rp28.000.000–Rp36.000.000)</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OccupancyTablesShowTheInterval()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/occupancy", new OccupancyBreakdown(Samples.Today, "city",
            [new OccupancyRow("0100", "JAKARTA", 40, 30, 1200, 4000, 30.0, 48_000_000, 1100, 1350, 44_000_000, 54_000_000)]));
        using var browser = await SignedInAsync();

        var page = Page(await browser.GetStringAsync("/analytics/occupancy?by=city&date=2026-01-11"));

        Assert.Contains("data-column=\"admissions\">1,200 (1,100–1,350)</td>", page, StringComparison.Ordinal);
        Assert.Contains("data-column=\"gross\">Rp48.000.000 (Rp44.000.000–Rp54.000.000)</td>", page, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var browser = _site.Browser();
        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.AnalystName, AdminSite.AnalystPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    /// <summary>The page as text, with the line breaks and indentation between tags taken out.</summary>
    private static string Page(string html) => Regex.Replace(WebUtility.HtmlDecode(html), @"\s*\n\s*", "");

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
