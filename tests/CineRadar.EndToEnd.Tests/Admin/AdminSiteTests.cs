using System.Text.Json;
using Aspire.Hosting;
using CineRadar.EndToEnd.Tests.Support;
using CineRadar.WebComponents.Formatting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CineRadar.EndToEnd.Tests.Admin;

/// <summary>The Admin site in Chromium against the whole system in sandbox mode.</summary>
[Collection(WholeSystem.Name)]
public sealed class AdminSiteTests(SystemFixture system)
{
    private const string Bandung = "973818511275069440";
    private const string Yogyakarta = "973818517310672896";

    [Fact]
    public async Task AnonymousVisitorIsSentToSignInAndAWrongPasswordIsRefused()
    {
        await using var context = await AdminContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/analytics");
        await Expect(page).ToHaveURLAsync(AdminBrowser.UrlPath("/login"));
        await AdminBrowser.ScreenshotAsync(page, "login");
        await AdminBrowser.SignInAsync(page, "not-the-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong name or password.");
        await Expect(page).ToHaveURLAsync(AdminBrowser.UrlPath("/login"));
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "cineradar.admin");
    }

    [Fact]
    public async Task OperatorRunsTwoCitiesNowAndWatchesEachCityComplete()
    {
        await using var context = await AdminContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/runs");
        await AdminBrowser.SignInAsync(page);
        await Expect(page).ToHaveURLAsync(AdminBrowser.UrlPath("/runs"));

        await page.GetByLabel("BANDUNG", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("YOGYAKARTA", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run now", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(AdminBrowser.UrlPath("/runs/[^/]+"));
        await page.EvaluateAsync("() => window.sameDocument = true");

        var run = page.Locator("section.run");
        await Expect(run).ToHaveAttributeAsync("data-live-done", "true", new() { Timeout = (float)ApiRuns.Timeout.TotalMilliseconds });

        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the run's progress came in without a reload");
        var runId = page.Url.Split("/runs/")[1];
        var recorded = await new AdminApiData(system.Api(admin: true)).GetAsync($"/api/v1/admin/runs/{runId}");
        Assert.Equal("success", recorded.GetProperty("status").GetString());
        Assert.Equal("success", await run.GetAttributeAsync("data-run-status"));
        foreach (var (id, name) in new[] { (Bandung, "BANDUNG"), (Yogyakarta, "YOGYAKARTA") })
        {
            var item = recorded.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("key").GetString() == id);
            var row = page.Locator($"tr[data-item=\"{id}\"]");
            Assert.Equal("ok", item.GetProperty("status").GetString());
            Assert.True(item.GetProperty("movies").GetInt32() > 0);
            await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync(name);
            await Expect(row.Locator("[data-field=item-status]")).ToHaveTextAsync("ok");
            await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(item.GetProperty("movies").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await AdminBrowser.ScreenshotAsync(page, "run");
        await page.GotoAsync("/runs");
        await Expect(page.Locator($"tr[data-run=\"{runId}\"]")).ToContainTextAsync("success");
        await AdminBrowser.ScreenshotAsync(page, "control");
    }

    [Fact]
    public async Task AnalyticsPagesShowTheApisAdmissionsOccupancyAndGrossOfASampledDay()
    {
        await using var context = await AdminContextAsync();
        var api = new AdminApiData(system.Api(admin: true));
        var day = (await SandboxDay.EnsureAsync(system)).Day;
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/?date={day}");
        await AdminBrowser.SignInAsync(page);
        await Expect(page).ToHaveURLAsync(AdminBrowser.UrlPath("/"));

        var overview = await AdminBrowser.AssertShowsApiAsync(page, $"/?date={day}", api, $"/api/v1/analytics/overview?date={day}", AnalyticsFigures.Overview);
        AssertSampled($"the overview of {day}", [overview]);
        await AdminBrowser.ScreenshotAsync(page, "overview");

        var boxOffice = await AdminBrowser.AssertShowsApiAsync(page, $"/analytics?date={day}", api, $"/api/v1/boxoffice?date={day}", AnalyticsFigures.Leaderboard);
        AssertSampled($"the leaderboard of {day}", boxOffice.GetProperty("movies").EnumerateArray());
        await AdminBrowser.AssertShowsApiAsync(page, $"/analytics?date={day}", api, $"/api/v1/analytics/showtime-share?date={day}", AnalyticsFigures.ShowtimeShare);
        await AdminBrowser.ScreenshotAsync(page, "analytics");

        foreach (var by in new[] { "chain", "city", "region", "format", "hour" })
        {
            var breakdown = await AdminBrowser.AssertShowsApiAsync(
                page, $"/analytics/occupancy?by={by}&date={day}", api, $"/api/v1/analytics/occupancy?by={by}&date={day}", AnalyticsFigures.Occupancy);
            AssertSampled($"occupancy by {by} on {day}", breakdown.GetProperty("rows").EnumerateArray());
            if (by is "chain" or "hour")
            {
                await AdminBrowser.ScreenshotAsync(page, $"occupancy-{by}");
            }
        }

        var movieId = boxOffice.GetProperty("movies")[0].GetProperty("movieId").GetString();
        var history = await AdminBrowser.AssertShowsApiAsync(
            page, $"/analytics/movies/{movieId}?days=7", api, $"/api/v1/movies/{movieId}/history?days=7", AnalyticsFigures.Trend);
        await AdminBrowser.ScreenshotAsync(page, "movie-trend");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Export CSV").ClickAsync());
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal(history.GetProperty("days").GetArrayLength() + 1, csv.Length);
    }

    [Fact]
    public async Task ComparisonPagesShowTheApisWeekOverWeekAndReleaseOfASampledMovie()
    {
        await using var context = await AdminContextAsync();
        var api = new AdminApiData(system.Api(admin: true));
        var seeded = await SandboxDay.EnsureAsync(system);
        var day = seeded.Day;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/analytics/comparisons");
        await AdminBrowser.SignInAsync(page);
        await Expect(page).ToHaveURLAsync(AdminBrowser.UrlPath("/analytics/comparisons"));

        var weekOverWeek = await AdminBrowser.AssertShowsApiAsync(
            page, $"/analytics/comparisons?subject=movie:{seeded.MovieId}&to={day}", api,
            $"/api/v1/analytics/compare/movie/{seeded.MovieId}/week-over-week?to={day}&limit=92", ComparisonFigures.WeekOverWeek);
        Assert.Equal(day, weekOverWeek.GetProperty("current").GetProperty("to").GetString());
        await Expect(page.Locator("svg.line-chart")).ToHaveCountAsync(2);
        await AdminBrowser.ScreenshotAsync(page, "comparisons");

        var release = await AdminBrowser.AssertShowsApiAsync(
            page, $"/analytics/releases/{seeded.MovieId}?to={day}", api,
            $"/api/v1/analytics/release-to-date/{seeded.MovieId}?to={day}&limit=200", ComparisonFigures.ReleaseDays);
        Assert.Equal(
            release.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("figures").GetProperty("admissions").GetInt64()),
            release.GetProperty("totals").GetProperty("admissions").GetInt64());
    }

    [Fact]
    public async Task CinemasKeysAlertsAndLocationsPagesWork()
    {
        await using var context = await AdminContextAsync();
        var api = new AdminApiData(system.Api(admin: true));
        await api.EnsureTodaySweptAsync(Bandung, Yogyakarta);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/cinemas");
        await AdminBrowser.SignInAsync(page);
        await Expect(page).ToHaveURLAsync(AdminBrowser.UrlPath("/cinemas"));

        var located = await api.WaitForLocatedTheatresAsync();
        await page.ReloadAsync();
        var theatres = await api.GetAsync("/api/v1/theatres");
        await Expect(page.Locator(".table-tools h2").First).ToHaveTextAsync($"{Formats.Count(theatres.GetArrayLength())} theatres");
        var pins = await page.Locator("svg.indonesia-map circle").CountAsync();
        var locatedAfter = (await api.GetAsync("/api/v1/theatres")).EnumerateArray().Count(t => t.GetProperty("location").ValueKind == JsonValueKind.Object);
        Assert.InRange(pins, located, locatedAfter); // the geocoder may place more while the page loads
        await AdminBrowser.ScreenshotAsync(page, "cinemas");
        var first = (await AdminBrowser.TableAsync(page, "theatres"))[0]["name"];
        await page.GetByRole(AriaRole.Link, new() { Name = first, Exact = true }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(first);
        await AdminBrowser.ScreenshotAsync(page, "cinema");

        await page.GotoAsync("/keys");
        await page.GetByLabel("Name").FillAsync("Studio e2e");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key", Exact = true }).ClickAsync();
        var secret = await page.Locator("[data-secret]").TextContentAsync();
        Assert.StartsWith("crk_", secret, StringComparison.Ordinal);
        await AdminBrowser.ScreenshotAsync(page, "keys");
        var keys = await api.GetAsync("/api/v1/admin/keys");
        var created = keys.EnumerateArray().Single(k => k.GetProperty("name").GetString() == "Studio e2e");
        await page.Locator($"tr[data-key=\"{created.GetProperty("id").GetString()}\"]").GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(page.Locator($"tr[data-key=\"{created.GetProperty("id").GetString()}\"]")).ToContainTextAsync("revoked");

        await page.GotoAsync("/alerts");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Alerts");
        await AdminBrowser.ScreenshotAsync(page, "alerts");
        var unlocatedBefore = (await api.GetAsync("/api/v1/admin/theatres/unlocated")).GetArrayLength();
        await page.GotoAsync("/locations");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Theatres without coordinates");
        var unlocatedRows = await page.Locator("table[data-table=unlocated] tbody tr").CountAsync();
        var unlocatedAfter = (await api.GetAsync("/api/v1/admin/theatres/unlocated")).GetArrayLength();
        Assert.InRange(unlocatedRows, unlocatedAfter, unlocatedBefore); // the geocoder may place more while the page loads
        await AdminBrowser.ScreenshotAsync(page, "locations");
        await page.GotoAsync("/audit");
        await Expect(page.Locator("table[data-table=audit]")).ToContainTextAsync("key.revoke");
        await AdminBrowser.ScreenshotAsync(page, "audit");
    }

    /// <summary>The figures (one or the rows of a table) have admissions, estimated gross and occupancy: seat readings were folded in.</summary>
    private static void AssertSampled(string what, IEnumerable<JsonElement> figures)
    {
        var all = figures.ToList();
        Assert.True(all.Sum(f => f.GetProperty("admissions").GetInt64()) > 0, $"{what} has no admissions");
        Assert.True(all.Sum(f => f.GetProperty("grossRupiah").GetInt64()) > 0, $"{what} has no estimated gross");
        Assert.True(all.Max(f => f.GetProperty("occupancyPct").GetDouble()) > 0, $"{what} has no occupancy");
    }

    /// <summary>A browser context on the Admin site, once the site, the Api and the scraper are up.</summary>
    private async Task<IBrowserContext> AdminContextAsync()
    {
        using var timeout = new CancellationTokenSource(SystemFixture.StartTimeout);
        foreach (var resource in new[] { "api", "scraper", "admin" })
        {
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }

        return await Chromium.NewContextAsync(system.Endpoint("admin"));
    }
}
