using System.Net;
using System.Text.Json;
using CineRadar.Contracts;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.Admin.Tests;

public sealed class PageTests : IClassFixture<AdminSite>, IDisposable
{
    private readonly AdminSite _site;

    public PageTests(AdminSite site)
    {
        _site = site;
        _site.Api.Reset();
    }

    public void Dispose() => _site.Api.Reset();

    [Fact]
    public async Task OverviewShowsTheDayAgainstTheDayBeforeAndWhatIsNotFresh()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/overview", Samples.Overview());
        _site.Api.Answer(HttpMethod.Get, "/api/v1/freshness", Samples.Freshness(DateTimeOffset.UtcNow.AddDays(-1), citiesFailed: 2));
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/alerts", Array.Empty<AlertDto>());
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/?date=2026-01-11"));

        Assert.Contains("443,000", page, StringComparison.Ordinal);
        Assert.Contains("+8.0% vs 410,000", page, StringComparison.Ordinal);
        Assert.Contains("Rp18.4B", page, StringComparison.Ordinal);
        Assert.Contains("+10.0% vs 21.0%", page, StringComparison.Ordinal);
        Assert.Contains("– vs 30", page, StringComparison.Ordinal); // movies: nothing to compare with
        Assert.Contains("data-warning=\"no-sweep-today\"", page, StringComparison.Ordinal);
        Assert.Contains("2 of 83 cities failed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-warning=\"sampling-behind\"", page, StringComparison.Ordinal);
        Assert.Equal("?date=2026-01-11", _site.Api.Sent(HttpMethod.Get, "/api/v1/analytics/overview").Single().Query);
    }

    [Fact]
    public async Task WhileTheDayRunsTheOverviewShowsSoFarBesideTheProjection()
    {
        var page = await OverviewAsync(Samples.Overview() with { SoFar = new SoFar(151_000, 6_300_000_000) }, Samples.Nowcast());

        Assert.Contains("Admissions so far", page, StringComparison.Ordinal);
        Assert.Contains("151,000", page, StringComparison.Ordinal);
        Assert.Contains("Admissions by tonight", page, StringComparison.Ordinal);
        Assert.Contains("data-nowcast=\"running\"", page, StringComparison.Ordinal);
        Assert.Contains("So far and by tonight", page, StringComparison.Ordinal);
        Assert.Contains("data-table=\"nowcast-movies\"", page, StringComparison.Ordinal);
        Assert.Contains("52,300", page, StringComparison.Ordinal);
        Assert.Contains("160,400", page, StringComparison.Ordinal);
        Assert.Contains("Cinema XXI", page, StringComparison.Ordinal);
        Assert.Equal("?date=2026-01-11", _site.Api.Sent(HttpMethod.Get, "/api/v1/analytics/nowcast").Single().Query);
    }

    [Fact]
    public async Task AFinishedDaySaysNothingOfSoFar()
    {
        var page = await OverviewAsync(Samples.Overview(), Samples.Nowcast() with { Running = false });

        Assert.DoesNotContain("Admissions so far", page, StringComparison.Ordinal);
        Assert.DoesNotContain("by tonight", page, StringComparison.Ordinal);
        Assert.Contains("data-nowcast=\"final\"", page, StringComparison.Ordinal);
    }

    /// <summary>The overview of 2026-01-11 as an analyst sees it, the Api answering these.</summary>
    private async Task<string> OverviewAsync(Overview overview, Nowcast nowcast)
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/overview", overview);
        _site.Api.Answer(HttpMethod.Get, "/api/v1/analytics/nowcast", nowcast);
        _site.Api.Answer(HttpMethod.Get, "/api/v1/freshness", Samples.Freshness(DateTimeOffset.UtcNow, citiesFailed: 0));
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/alerts", Array.Empty<AlertDto>());
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);
        return WebUtility.HtmlDecode(await browser.GetStringAsync("/?date=2026-01-11"));
    }

    [Fact]
    public async Task AnalystSeesNoOperatorActionsAndCannotPostThem()
    {
        StubControlPlane();
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);

        var page = await browser.GetStringAsync("/runs");
        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/runs");
        using var post = await browser.PostAsync("/runs", Form(token, "run-now", ("kind", "schedules"), ("city", "0100")));

        Assert.DoesNotContain("Run now</button>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Refresh token</button>", page, StringComparison.Ordinal);
        Assert.Contains("Operators start runs", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Empty(_site.Api.Sent(HttpMethod.Post, "/api/v1/admin/runs"));
    }

    [Fact]
    public async Task OperatorRunsTwoCitiesNowAndIsTakenToTheRun()
    {
        StubControlPlane();
        _site.Api.Answer(HttpMethod.Post, "/api/v1/admin/runs", Samples.Run("run-42", "queued", Samples.Item("0100", "JAKARTA", "pending")), HttpStatusCode.Accepted);
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var page = await browser.GetStringAsync("/runs");
        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/runs");
        using var post = await browser.PostAsync("/runs", Form(token, "run-now", ("kind", "schedules"), ("city", "0100"), ("city", "0200")));

        Assert.Contains("Run now</button>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"0300\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/runs/run-42", post.Headers.Location!.AbsolutePath);
        var sent = _site.Api.Sent(HttpMethod.Post, "/api/v1/admin/runs").Single();
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.Equal("schedules", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal(["0100", "0200"], body.RootElement.GetProperty("cities").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal((AdminSite.OperatorName, "operator"), (sent.User, sent.Role));
    }

    [Fact]
    public async Task ControlShowsTodaysSeatReadsAgainstTheCapAndAHaltThatOnlyAnOperatorResumes()
    {
        StubControlPlane();
        using var analystBrowser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);
        var calm = await analystBrowser.GetStringAsync("/runs");
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/seat-reads", new SeatReadsToday(
            Samples.Today, 5_000, 12_600, 378, 12, 0.03, DateTimeOffset.UtcNow.AddMinutes(-5), "3 seat maps in a row were refused (403, 403, 403)"));
        _site.Api.Answer(HttpMethod.Post, "/api/v1/admin/seat-reads/resume", new SeatReadsToday(Samples.Today, 5_000, 12_600, 378, 12, 0.03, null, null));
        var analystHalted = await analystBrowser.GetStringAsync("/runs");
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var halted = await browser.GetStringAsync("/runs");
        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/runs");
        using var post = await browser.PostAsync("/runs", Form(token, "seat-reads-resume"));

        Assert.Contains("4,210 of 12,600 seat reads today, 3.0% kept for visitors", calm, StringComparison.Ordinal);
        Assert.DoesNotContain("data-seat-halt", calm, StringComparison.Ordinal);
        Assert.Contains("403, 403, 403", analystHalted, StringComparison.Ordinal);
        Assert.DoesNotContain("Resume sampling</button>", analystHalted, StringComparison.Ordinal);
        Assert.Contains("Resume sampling</button>", halted, StringComparison.Ordinal);
        Assert.Contains("never switches to another TIX account", halted, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var sent = _site.Api.Sent(HttpMethod.Post, "/api/v1/admin/seat-reads/resume").Single();
        Assert.Equal((AdminSite.OperatorName, "operator"), (sent.User, sent.Role));
    }

    [Theory]
    [InlineData("run-now", "seats", "seats")]
    [InlineData("run-now", "resweep", "resweep")]
    [InlineData("run-now", "", "schedules")]
    [InlineData("token-refresh", null, "token-refresh")]
    [InlineData("token-login", null, "token-login")]
    public async Task EveryRunButtonQueuesItsKindForAllCities(string form, string? kind, string expected)
    {
        StubControlPlane();
        _site.Api.Answer(HttpMethod.Post, "/api/v1/admin/runs", Samples.Run("run-43", "queued"), HttpStatusCode.Accepted);
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/runs");
        using var post = await browser.PostAsync("/runs", kind is null ? Form(token, form) : Form(token, form, ("kind", kind)));

        Assert.Equal("/runs/run-43", post.Headers.Location?.AbsolutePath);
        using var body = JsonDocument.Parse(_site.Api.Sent(HttpMethod.Post, "/api/v1/admin/runs").Single().Body!);
        Assert.Equal(expected, body.RootElement.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("cities").ValueKind);
    }

    [Fact]
    public async Task RunPageAndItsLiveFragmentShowEachCityAndStopWhenTheRunEnds()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/runs/run-9", Samples.Run(
            "run-9", "running", Samples.Item("0100", "JAKARTA", "ok", movies: 12), Samples.Item("0200", "BANDUNG", "claimed")));
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var page = await browser.GetStringAsync("/runs/run-9");
        var running = await browser.GetStringAsync("/live/runs/run-9");
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/runs/run-9", Samples.Run(
            "run-9", "partial", Samples.Item("0100", "JAKARTA", "ok", movies: 12), Samples.Item("0200", "BANDUNG", "failed", "HTTP 503 after 6 attempts")));
        var finished = await browser.GetStringAsync("/live/runs/run-9");

        Assert.Contains("data-live-src=\"live/runs/run-9\"", page, StringComparison.Ordinal);
        Assert.Matches("<script src=\"live\\.[a-z0-9]+\\.js\"", page);
        Assert.StartsWith("<section class=\"run\"", running.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("data-live-done=\"false\"", running, StringComparison.Ordinal);
        Assert.Contains("data-live-done=\"true\"", finished, StringComparison.Ordinal);
        Assert.Contains("HTTP 503 after 6 attempts", finished, StringComparison.Ordinal);
        Assert.Contains("Retry failed cities", finished, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", finished, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResweepRunPageShowsEachCitysAddedMovedAndCancelledShowsAndTheirTotal()
    {
        var resweep = Samples.Run("run-12", "success",
            Samples.Item("0100", "JAKARTA", "ok", movies: 12) with { Added = 3, Moved = 2, Cancelled = 1 },
            Samples.Item("0200", "BANDUNG", "ok", movies: 4) with { Added = 1, Cancelled = 4 }) with { Kind = RunKinds.Resweep };
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/runs/run-12", resweep);
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/runs/run-9", Samples.Run("run-9", "success", Samples.Item("0100", "JAKARTA", "ok", movies: 12)));
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);

        var page = await browser.GetStringAsync("/runs/run-12");
        var live = await browser.GetStringAsync("/live/runs/run-12");
        var sweep = await browser.GetStringAsync("/runs/run-9");

        Assert.Contains("<th>Added</th><th>Moved</th><th>Cancelled</th>", page, StringComparison.Ordinal);
        Assert.Equal(("3", "2", "1"), Changes(page, "data-item=\"0100\""));
        Assert.Equal(("1", "0", "4"), Changes(page, "data-item=\"0200\""));
        Assert.Equal(("4", "2", "5"), Changes(page, "data-total=\"changes\""));
        Assert.Equal(("4", "2", "5"), Changes(live, "data-total=\"changes\""));
        Assert.Contains("Re-sweep</span> for", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>Added</th>", sweep, StringComparison.Ordinal);
        Assert.DoesNotContain("data-total=\"changes\"", sweep, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ControlPlaneLabelsRunKindsAndShowsTheResweepSchedule()
    {
        StubControlPlane();
        var next = DateTimeOffset.UtcNow.AddMinutes(40);
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/schedule", new SweepSchedule("06:00 WIB", DateTimeOffset.UtcNow.AddHours(5), true, "0 9-21 * * * (WIB)", next, 0.2));
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/runs", new[] { Samples.Run("run-12", "running") with { Kind = RunKinds.Resweep }, Samples.Run("run-9", "success") });
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/runs"));

        Assert.Contains("value=\"resweep\"", page, StringComparison.Ordinal);
        Assert.Contains("<td data-kind=\"resweep\">Re-sweep</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-kind=\"schedules\">Schedule sweep</td>", page, StringComparison.Ordinal);
        Assert.Contains("0 9-21 * * * (WIB), up to 20.0% of a full sweep's requests", page, StringComparison.Ordinal);
        Assert.Contains($"<dt>Next re-sweep</dt><dd>{Formats.WibDateTime(next)}</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ControlPlaneSaysResweepsAreOffWhenNoneIsScheduled()
    {
        StubControlPlane();
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);

        var page = await browser.GetStringAsync("/runs");

        Assert.Contains("<dd data-field=\"resweep-at\">off</dd>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Next re-sweep", page, StringComparison.Ordinal);
    }

    /// <summary>The added, moved and cancelled cells of the row that <paramref name="rowMarker"/> marks.</summary>
    private static (string, string, string) Changes(string page, string rowMarker)
    {
        var row = page[page.IndexOf(rowMarker, StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        string Cell(string field) => System.Text.RegularExpressions.Regex.Match(row, $"data-field=\"{field}\">(\\d+)<").Groups[1].Value;
        return (Cell("added"), Cell("moved"), Cell("cancelled"));
    }

    [Fact]
    public async Task RetryFailedCitiesQueuesTheRetryAndShowsIt()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/runs/run-9", Samples.Run("run-9", "partial", Samples.Item("0200", "BANDUNG", "failed", "timeout")));
        _site.Api.Answer(HttpMethod.Post, "/api/v1/admin/runs/run-9/retry-failed", Samples.Run("run-10", "queued", Samples.Item("0200", "BANDUNG", "pending")), HttpStatusCode.Accepted);
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/runs/run-9");
        using var post = await browser.PostAsync("/runs/run-9", Form(token, "retry-failed"));

        Assert.Equal("/runs/run-10", post.Headers.Location?.AbsolutePath);
        Assert.Single(_site.Api.Sent(HttpMethod.Post, "/api/v1/admin/runs/run-9/retry-failed"));
    }

    [Fact]
    public async Task AHeldSweepIsPublishedAnywayByAnOperatorOnly()
    {
        var held = Samples.Run("run-11", "held", Samples.Item("0200", "BANDUNG", "ok")) with
        {
            Error = "held: 2026-01-11 has 40 showtimes in these cities, against 900 on 2026-01-04",
        };
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/runs/run-11", held);
        _site.Api.Answer(HttpMethod.Post, "/api/v1/admin/runs/run-11/publish", held with { Status = "running" }, HttpStatusCode.Accepted);
        using var analyst = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);
        Assert.DoesNotContain("Publish anyway", await analyst.GetStringAsync("/runs/run-11"), StringComparison.Ordinal);
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var page = await browser.GetStringAsync("/runs/run-11");
        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/runs/run-11");
        using var post = await browser.PostAsync("/runs/run-11", Form(token, "publish-anyway"));

        Assert.Contains("against 900 on 2026-01-04", page, StringComparison.Ordinal);
        Assert.Contains("Publish anyway", page, StringComparison.Ordinal);
        Assert.Contains("data-live-done=\"true\"", page, StringComparison.Ordinal);
        Assert.Single(_site.Api.Sent(HttpMethod.Post, "/api/v1/admin/runs/run-11/publish"));
        Assert.Contains("data-run-status=\"running\"", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaderboardExportsEveryRowAsCsvWithRawNumbers()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/boxoffice", new BoxOffice(
            Samples.Today, Samples.Today.AddDays(-1), new BoxOfficeTotals(1500, 60_000_000, 100, 90, 30.5, 1000, 40_000_000, 50, 50, 1400, 1600, 56_000_000, 64_000_000),
            [
                new BoxOfficeMovie("m1", "KERETA MALAM", 1000, 40_000_000, 33.3, 60, 800, 25, 930, 1070, 37_200_000, 42_800_000),
                new BoxOfficeMovie("m2", "Cinta, \"Lagi\"", 500, 20_000_000, 25.0, 40, 0, null, 470, 530, 18_800_000, 21_200_000),
            ]));
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);

        using var response = await browser.GetAsync("/export/leaderboard.csv?date=2026-01-11");
        var page = await browser.GetStringAsync("/analytics?date=2026-01-11");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("leaderboard-2026-01-11.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(
            "Movie,Admissions,Estimated gross (Rp),Occupancy %,Showtimes,Admissions day before,Change %\r\n" +
            "KERETA MALAM,1000,40000000,33.3,60,800,25\r\n" +
            "\"Cinta, \"\"Lagi\"\"\",500,20000000,25,40,0,\r\n",
            await response.Content.ReadAsStringAsync());
        Assert.Contains("Rp40.000.000", page, StringComparison.Ordinal);
        Assert.Contains("href=\"export/leaderboard.csv?date=2026-01-11\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CinemasAreSortedPagedAndMappedByChain()
    {
        var theatres = Enumerable.Range(1, 30)
            .Select(i => Samples.Theatre($"t{i:00}", $"THEATRE {i:00}", i % 2 == 0 ? new LocationDto(-6.2, 106.8, "Geocoder") : null))
            .ToList();
        _site.Api.Answer(HttpMethod.Get, "/api/v1/theatres", theatres);
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);

        var first = await browser.GetStringAsync("/cinemas?sort=name&dir=desc");
        var second = await browser.GetStringAsync("/cinemas?sort=name&dir=desc&page=2");
        var csv = await browser.GetStringAsync("/export/theatres.csv?sort=name&dir=desc");

        Assert.Contains("THEATRE 30", first, StringComparison.Ordinal);
        Assert.DoesNotContain("THEATRE 05", first, StringComparison.Ordinal);
        Assert.Contains("THEATRE 05", second, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Equal(15, CountOf(first, "<circle"));
        Assert.Contains("fill=\"#CFAB7A\"", first, StringComparison.Ordinal);
        Assert.Equal(31, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("Theatre,Chain,City,Region,Latitude,Longitude,Location from,Room types,Last seen\r\nTHEATRE 30,XXI,JAKARTA,Jawa,-6.2,106.8,Geocoder", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewKeysSecretIsShownOnceAfterCreation()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/keys", Array.Empty<ApiKeyDto>());
        _site.Api.Answer(HttpMethod.Post, "/api/v1/admin/keys", Samples.CreatedKey("k1", "Studio A", "crk_ab12", 60, "crk_ab12SECRETVALUE"), HttpStatusCode.Created);
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/keys");
        using var post = await browser.PostAsync("/keys", Form(token, "create-key", ("name", "Studio A"), ("rpm", "60")));
        var shown = await post.Content.ReadAsStringAsync();
        var later = await browser.GetStringAsync("/keys");

        Assert.Contains("crk_ab12SECRETVALUE", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("crk_ab12SECRETVALUE", later, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(_site.Api.Sent(HttpMethod.Post, "/api/v1/admin/keys").Single().Body!);
        Assert.Equal(("Studio A", 60), (body.RootElement.GetProperty("name").GetString(), body.RootElement.GetProperty("requestsPerMinute").GetInt32()));
    }

    [Fact]
    public async Task OperatorSetsATheatresLocationAndBadCoordinatesAreRefusedBeforeTheApi()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/theatres/unlocated", new[] { Samples.Theatre("t1", "MALL KOTA XXI") });
        _site.Api.Answer(HttpMethod.Put, "/api/v1/admin/theatres/t1/location", HttpStatusCode.NoContent);
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/locations");
        using var bad = await browser.PostAsync("/locations", Form(token, "locate-t1", ("latitude", "95"), ("longitude", "106.8")));
        using var good = await browser.PostAsync("/locations", Form(token, "locate-t1", ("latitude", "-6,2"), ("longitude", "106.8166")));

        Assert.Contains("decimal degrees", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("MALL KOTA XXI is now at -6.2000, 106.8166", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sent = _site.Api.Sent(HttpMethod.Put, "/api/v1/admin/theatres/t1/location").Single();
        Assert.Equal("""{"latitude":-6.2,"longitude":106.8166}""", sent.Body);
    }

    [Fact]
    public async Task OperatorSetsTheRegionAndZoneOfACityTixAdded()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/cities/added", new[] { Samples.AddedCity("1999", "NABIRE"), Samples.AddedCity("1888", "AMURANG", ("Sulawesi", "Sulawesi", "WITA")) });
        _site.Api.Answer(HttpMethod.Get, "/api/v1/regions", Samples.Regions());
        _site.Api.Answer(HttpMethod.Put, "/api/v1/admin/cities/1999/mapping", Samples.AddedCity("1999", "NABIRE", ("BaliNusaTenggara", "Bali & NT", "WITA")));
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/cities"));
        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/cities");
        using var incomplete = await browser.PostAsync("/cities", Form(token, "map-1999", ("region", "BaliNusaTenggara")));
        using var post = await browser.PostAsync("/cities", Form(token, "map-1999", ("region", "BaliNusaTenggara"), ("timeZone", "WITA")));

        Assert.Contains("swept on WIB", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"BaliNusaTenggara\">Bali &amp; NT</option>", await browser.GetStringAsync("/cities"), StringComparison.Ordinal);
        Assert.Contains("Choose a region and a time zone", await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("NABIRE is now in Bali &amp; NT, on WITA", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sent = _site.Api.Sent(HttpMethod.Put, "/api/v1/admin/cities/1999/mapping").Single();
        Assert.Equal(("{\"region\":\"BaliNusaTenggara\",\"timeZone\":\"WITA\"}", AdminSite.OperatorName), (sent.Body, sent.User));
    }

    [Fact]
    public async Task AnalystSeesTheCitiesTixAddedButCannotMapThem()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/cities/added", new[] { Samples.AddedCity("1999", "NABIRE") });
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);

        var page = await browser.GetStringAsync("/cities");
        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/cities");
        using var post = await browser.PostAsync("/cities", Form(token, "map-1999", ("region", "Jawa"), ("timeZone", "WIB")));

        Assert.Contains("NABIRE", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<select", page, StringComparison.Ordinal);
        Assert.DoesNotContain("is now in", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_site.Api.Sent(HttpMethod.Put, "/api/v1/admin/cities/1999/mapping"));
        Assert.Empty(_site.Api.Sent(HttpMethod.Get, "/api/v1/regions"));
    }

    [Fact]
    public async Task TheApisRefusalIsShownInItsOwnWords()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/keys", Array.Empty<ApiKeyDto>());
        _site.Api.Problem(HttpMethod.Post, "/api/v1/admin/keys", HttpStatusCode.BadRequest, "A key needs a name of 1 to 80 characters.");
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/keys");
        using var post = await browser.PostAsync("/keys", Form(token, "create-key", ("name", " ")));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("A key needs a name of 1 to 80 characters.", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/runs/run-404")]
    [InlineData("/cinemas/t404")]
    [InlineData("/analytics/movies/m404")]
    public async Task WhatTheApiDoesNotKnowGivesTheNotFoundPage(string path)
    {
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLiveFragmentOfAnUnknownRunIsA404InTheApisWords()
    {
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        using var response = await browser.GetAsync("/live/runs/run-404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not stubbed.", await response.Content.ReadAsStringAsync());
    }

    private void StubControlPlane()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/cities", Samples.Cities());
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/runs", Array.Empty<Run>());
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/schedule", new SweepSchedule("06:00 WIB", DateTimeOffset.UtcNow.AddHours(5), true));
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/seat-reads", new SeatReadsToday(Samples.Today, 4_210, 12_600, 378, 12, 0.03, null, null));
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/token", new TokenStatus(
            "+62812****789", DateTimeOffset.UtcNow.AddMinutes(20), DateTimeOffset.UtcNow.AddDays(80), DateTimeOffset.UtcNow, null, null));
    }

    private async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var browser = _site.Browser();
        using var signIn = await AdminSite.SignInAsync(browser, name, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    private static FormUrlEncodedContent Form(string token, string handler, params (string Name, string Value)[] fields) =>
        new([new("_handler", handler), new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
