using System.Text.Json;
using Aspire.Hosting;
using CineRadar.EndToEnd.Tests.Support;
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
    public async Task AnalyticsPagesShowTheApisNumbers()
    {
        await using var context = await AdminContextAsync();
        var api = new AdminApiData(system.Api(admin: true));
        await api.EnsureTodaySweptAsync(Bandung, Yogyakarta);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await AdminBrowser.SignInAsync(page);
        await Expect(page).ToHaveURLAsync(AdminBrowser.UrlPath("/"));

        var overview = await api.GetAsync("/api/v1/analytics/overview");
        foreach (var figure in new[] { "showtimes", "theatres", "movies" })
        {
            await Expect(page.Locator($"[data-kpi={figure}] .kpi-value")).ToHaveTextAsync(AdminBrowser.Count(overview.GetProperty(figure).GetInt64()));
        }

        Assert.True(overview.GetProperty("showtimes").GetInt32() > 0);
        await AdminBrowser.ScreenshotAsync(page, "overview");

        await page.GotoAsync("/analytics");
        var share = await api.GetAsync("/api/v1/analytics/showtime-share");
        Assert.Equal(
            share.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("title").GetString(), AdminBrowser.Count(r.GetProperty("showtimes").GetInt64()))),
            (await AdminBrowser.TableAsync(page, "showtime-share")).Select(r => ((string?)r["title"], r["showtimes"])));
        var boxOffice = await api.GetAsync("/api/v1/boxoffice");
        Assert.Equal(
            boxOffice.GetProperty("movies").EnumerateArray().Select(m => (m.GetProperty("title").GetString(), AdminBrowser.Count(m.GetProperty("showtimes").GetInt64()))),
            (await AdminBrowser.TableAsync(page, "leaderboard")).Select(r => ((string?)r["title"], r["showtimes"])));
        await AdminBrowser.ScreenshotAsync(page, "analytics");

        foreach (var by in new[] { "chain", "city", "region", "format", "hour" })
        {
            await page.GotoAsync($"/analytics/occupancy?by={by}");
            var breakdown = await api.GetAsync($"/api/v1/analytics/occupancy?by={by}");
            Assert.Equal(
                breakdown.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("name").GetString(), AdminBrowser.Count(r.GetProperty("showtimes").GetInt64()))),
                (await AdminBrowser.TableAsync(page, "occupancy")).Select(r => ((string?)r["name"], r["showtimes"])));
            if (by is "chain" or "hour")
            {
                await AdminBrowser.ScreenshotAsync(page, $"occupancy-{by}");
            }
        }

        var movie = share.GetProperty("rows")[0];
        await page.GotoAsync($"/analytics/movies/{movie.GetProperty("movieId").GetString()}?days=7");
        var history = await api.GetAsync($"/api/v1/movies/{movie.GetProperty("movieId").GetString()}/history?days=7");
        Assert.Equal(
            history.GetProperty("days").EnumerateArray().Select(d => (d.GetProperty("date").GetString(), AdminBrowser.Count(d.GetProperty("showtimes").GetInt64()))),
            (await AdminBrowser.TableAsync(page, "trend")).Select(r => ((string?)r["date"], r["showtimes"])));
        await AdminBrowser.ScreenshotAsync(page, "movie-trend");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Export CSV").ClickAsync());
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal(history.GetProperty("days").GetArrayLength() + 1, csv.Length);
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
        await Expect(page.Locator(".table-tools h2").First).ToHaveTextAsync($"{AdminBrowser.Count(theatres.GetArrayLength())} theatres");
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
