using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Operations;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>The Admin's commands and reads; every command leaves an audit entry naming who asked.</summary>
[Collection(ApiSuite.Name)]
public sealed class AdminTests(ApiFixture fixture)
{
    private T Store<T>() where T : notnull => fixture.Api.Services.GetRequiredService<T>();

    [Fact]
    public async Task QueuedRunOfSomeCitiesHasOneItemPerCityAndIsAudited()
    {
        using var admin = fixture.Api.Operator("rina");

        using var response = await admin.PostAsJsonAsync(
            new Uri("/api/v1/admin/runs", UriKind.Relative), new { kind = "seats", cities = new[] { ApiFixture.Bandung.Id, ApiFixture.Jayapura.Id } });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = run.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/admin/runs/{id}", response.Headers.Location?.ToString());
        Assert.Equal("seats", run.GetProperty("kind").GetString());
        Assert.Equal("queued", run.GetProperty("status").GetString());
        Assert.Equal("rina", run.GetProperty("requestedBy").GetString());
        Assert.Equal(2, run.GetProperty("itemsTotal").GetInt32());
        var stored = (await Store<IRunStore>().GetAsync(id))!;
        Assert.Equal(RunKind.Seats, stored.Kind);
        Assert.Equal([ApiFixture.Bandung.Id, ApiFixture.Jayapura.Id], stored.Cities.Select(i => i.Key).Order(StringComparer.Ordinal).ToList());
        var entry = await LastAuditAsync(admin, id);
        Assert.Equal(("run.queue", "rina", "operator"), (entry.GetProperty("action").GetString(), entry.GetProperty("user").GetString(), entry.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task RunWithoutCitiesCoversAllCitiesAndTokenRunsHaveTheTokenItem()
    {
        using var admin = fixture.Api.Operator();

        var all = await (await admin.PostAsJsonAsync(new Uri("/api/v1/admin/runs", UriKind.Relative), new { kind = "schedules", days = 2 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var refresh = await (await admin.PostAsJsonAsync(new Uri("/api/v1/admin/runs", UriKind.Relative), new { kind = "token-refresh" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var login = await (await admin.PostAsJsonAsync(new Uri("/api/v1/admin/runs", UriKind.Relative), new { kind = "token-login" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(83, all.GetProperty("itemsTotal").GetInt32());
        Assert.Equal(2, all.GetProperty("days").GetInt32());
        var refreshRun = (await Store<IRunStore>().GetAsync(refresh.GetProperty("id").GetString()!))!;
        Assert.Equal(RunKind.TokenRefresh, refreshRun.Kind);
        Assert.Equal([RunItemSpec.Token.Key], refreshRun.Cities.Select(i => i.Key).ToList());
        Assert.Equal("token-login", login.GetProperty("kind").GetString());
        Assert.Equal("tix", login.GetProperty("items")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task RunsAreListedNewestFirstAndOneRunShowsItsItems()
    {
        using var analyst = fixture.Api.Analyst();

        var runs = await analyst.GetOkAsync("/api/v1/admin/runs?limit=200");
        var sweep = runs.EnumerateArray().First(r => r.GetProperty("kind").GetString() == "schedules" && r.GetProperty("status").GetString() == "success");
        var one = await analyst.GetOkAsync($"/api/v1/admin/runs/{sweep.GetProperty("id").GetString()}");

        var created = runs.EnumerateArray().Select(r => r.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.Equal(created.OrderDescending(), created);
        Assert.Equal(3, one.GetProperty("itemsTotal").GetInt32());
        Assert.Equal(3, one.GetProperty("itemsFinished").GetInt32());
        var items = one.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("key").GetString() == ApiFixture.Jakarta.Id && i.GetProperty("status").GetString() == "ok" && i.GetProperty("movies").GetInt32() > 0);
    }

    [Fact]
    public async Task RetryFailedQueuesTheFailedCitiesAndRefusesWhenNoneFailed()
    {
        // A store of its own, so that the claims below meet no other test's runs.
        var directory = Directory.CreateTempSubdirectory("cineradar-retry-").FullName;
        await using var api = new ApiFactory(Path.Combine(directory, "runs.db"), fixture.Clock);
        var runs = api.Services.GetRequiredService<IRunStore>();
        var run = await runs.QueueAsync(
            new RunRequest(RunKind.Schedules, fixture.Today, [], "test", "test"),
            [new RunItemSpec(ApiFixture.Jakarta.Id, "JAKARTA"), new RunItemSpec(ApiFixture.Bandung.Id, "BANDUNG")]);
        await runs.CompleteAsync((await runs.ClaimAsync("worker", TimeSpan.FromMinutes(1)))!, WorkItemOutcome.Failed("TIX answered 500"), []);
        await runs.CompleteAsync((await runs.ClaimAsync("worker", TimeSpan.FromMinutes(1)))!, new WorkItemOutcome(WorkItemStatus.Ok, null, 1, 1, 1, 1), []);
        var clean = await runs.QueueAsync(new RunRequest(RunKind.Seats, fixture.Today, [], "test", "test"), [new RunItemSpec(ApiFixture.Jayapura.Id, "JAYAPURA")]);
        using var admin = api.Operator("rina");

        using var retried = await admin.PostAsync(new Uri($"/api/v1/admin/runs/{run.Id}/retry-failed", UriKind.Relative), null);
        using var nothing = await admin.PostAsync(new Uri($"/api/v1/admin/runs/{clean.Id}/retry-failed", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        var retry = await retried.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, retry.GetProperty("itemsTotal").GetInt32());
        Assert.Equal("schedules", retry.GetProperty("kind").GetString());
        var failedCity = (await runs.GetAsync(run.Id))!.Cities.Single(i => i.Status == WorkItemStatus.Failed).Key;
        Assert.Equal(failedCity, retry.GetProperty("items")[0].GetProperty("key").GetString());
        Assert.Equal("run.retry-failed", (await LastAuditAsync(admin, retry.GetProperty("id").GetString()!)).GetProperty("action").GetString());
        await HttpAssert.ProblemAsync(nothing, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AHeldSweepIsPublishedAnywayOnlyByAnOperatorAndNeverCountsAsTodaysSweep()
    {
        // A store of its own: the held run below must be the newest sweep.
        var directory = Directory.CreateTempSubdirectory("cineradar-held-").FullName;
        await using var api = new ApiFactory(Path.Combine(directory, "runs.db"), fixture.Clock);
        var runs = api.Services.GetRequiredService<IRunStore>();
        var published = await FinishedSweepAsync(runs, RunStatus.Success);
        var held = await FinishedSweepAsync(runs, RunStatus.Held);
        using var admin = api.Operator("rina");
        using var analyst = api.Analyst();

        using var reader = api.PublicSite();
        var freshness = await reader.GetOkAsync("/api/v1/freshness");
        using var refused = await analyst.PostAsync(new Uri($"/api/v1/admin/runs/{held}/publish", UriKind.Relative), null);
        using var reopened = await admin.PostAsync(new Uri($"/api/v1/admin/runs/{held}/publish", UriKind.Relative), null);
        using var again = await admin.PostAsync(new Uri($"/api/v1/admin/runs/{held}/publish", UriKind.Relative), null);
        using var unknown = await admin.PostAsync(new Uri("/api/v1/admin/runs/no-such-run/publish", UriKind.Relative), null);

        Assert.Equal(published, freshness.GetProperty("lastSweep").GetProperty("runId").GetString());
        await HttpAssert.ProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Accepted, reopened.StatusCode);
        Assert.Equal("running", (await reopened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.True((await runs.GetAsync(held))!.PublishAnyway);
        Assert.Equal("run.publish-anyway", (await LastAuditAsync(admin, held)).GetProperty("action").GetString());
        await HttpAssert.ProblemAsync(again, HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    private async Task<string> FinishedSweepAsync(IRunStore runs, RunStatus status)
    {
        var run = await runs.QueueAsync(new RunRequest(RunKind.Schedules, fixture.Today, [], "test", "test"), [new RunItemSpec(ApiFixture.Jakarta.Id, "JAKARTA")]);
        await runs.CompleteAsync((await runs.ClaimAsync("worker", TimeSpan.FromMinutes(1)))!, new WorkItemOutcome(WorkItemStatus.Ok, null, 1, 1, 1, 1), []);
        await runs.FinishAsync((await runs.ClaimAsync("worker", TimeSpan.FromMinutes(1)))!, status, status == RunStatus.Held ? "held: too thin" : null);
        return run.Id;
    }

    [Fact]
    public async Task SignInsAreAuditedWithTheNameButNeverThePasswordAndOnlyFromTheAdminSite()
    {
        using var site = fixture.Api.Client(ApiFactory.AdminKey);
        using var b2b = fixture.Api.PublicSite();
        var name = $"dewi-{Guid.NewGuid():N}"[..16];

        using var refused = await site.PostAsJsonAsync(new Uri("/api/v1/admin/sign-ins", UriKind.Relative),
            new { user = name, succeeded = false, method = "password", reason = "wrong name or password", password = "hunter2" });
        using var succeeded = await site.PostAsJsonAsync(new Uri("/api/v1/admin/sign-ins", UriKind.Relative),
            new { user = name, succeeded = true, role = "operator", method = "sso" });
        using var stranger = await b2b.PostAsJsonAsync(new Uri("/api/v1/admin/sign-ins", UriKind.Relative), new { user = name, succeeded = true, role = "operator", method = "sso" });
        using var nameless = await site.PostAsJsonAsync(new Uri("/api/v1/admin/sign-ins", UriKind.Relative), new { succeeded = true, role = "operator", method = "sso" });

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (refused.StatusCode, succeeded.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        await HttpAssert.NamesParameterAsync(nameless, "user");
        var entries = (await Store<IAuditStore>().ListAsync(200)).Where(e => e.User == name).OrderBy(e => e.At).ToList();
        Assert.Equal(
            [(AuditActions.SignInRefused, "-", "password: wrong name or password"), (AuditActions.SignInSucceeded, "operator", "sso")],
            entries.Select(e => (e.Action, e.Role, e.Detail)));
        Assert.DoesNotContain(entries, e => $"{e.Target} {e.Detail}".Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TokenStatusTellsExpiriesButNeverATokenAndIsReadable()
    {
        using var analyst = fixture.Api.Analyst();
        var stored = (await Store<ITokenStore>().GetAsync())!;

        using var response = await analyst.GetAsync(new Uri("/api/v1/admin/token", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, NoCache: true }, response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(stored.AccessToken, body, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.RefreshToken, body, StringComparison.Ordinal);
        var status = JsonDocument.Parse(body).RootElement;
        Assert.Equal(stored.PhoneMasked, status.GetProperty("phoneMasked").GetString());
        Assert.Equal(JsonValueKind.String, status.GetProperty("accessExpiresAt").ValueKind);
    }

    [Fact]
    public async Task AlertsAreListedActiveFirst()
    {
        var alerts = Store<IAlertStore>();
        await alerts.RaiseAsync("test-resolved", "JAKARTA", AlertSeverity.Info, "over");
        await alerts.ResolveAsync("test-resolved", "JAKARTA");
        await alerts.RaiseAsync("test-active", "BANDUNG", AlertSeverity.Critical, "sampling behind");
        using var analyst = fixture.Api.Analyst();

        var listed = (await analyst.GetOkAsync("/api/v1/admin/alerts?limit=200")).EnumerateArray().ToList();

        var active = listed.FindIndex(a => a.GetProperty("code").GetString() == "test-active");
        var resolved = listed.FindIndex(a => a.GetProperty("code").GetString() == "test-resolved");
        Assert.InRange(active, 0, resolved - 1);
        Assert.Equal("critical", listed[active].GetProperty("severity").GetString());
        Assert.False(listed[resolved].GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task ManualLocationIsShownAtOnceAndLeavesTheUnlocatedList()
    {
        using var admin = fixture.Api.Operator("budi");
        var unlocated = (await admin.GetOkAsync("/api/v1/admin/theatres/unlocated")).EnumerateArray().ToList();
        var theatre = unlocated.First(t => t.GetProperty("city").GetString() == "JAYAPURA");
        var id = theatre.GetProperty("id").GetString();
        using var publicSite = fixture.Api.PublicSite();
        await publicSite.GetOkAsync($"/api/v1/theatres/{id}");

        using var set = await admin.PutAsJsonAsync(new Uri($"/api/v1/admin/theatres/{id}/location", UriKind.Relative), new { latitude = -2.5337, longitude = 140.7181 });

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        var location = (await publicSite.GetOkAsync($"/api/v1/theatres/{id}")).GetProperty("location");
        Assert.Equal("Manual", location.GetProperty("source").GetString());
        Assert.Equal(-2.5337, location.GetProperty("latitude").GetDouble());
        Assert.DoesNotContain((await admin.GetOkAsync("/api/v1/admin/theatres/unlocated")).EnumerateArray(), t => t.GetProperty("id").GetString() == id);
        var entry = await LastAuditAsync(admin, id!);
        Assert.Equal(("theatre.locate", "budi"), (entry.GetProperty("action").GetString(), entry.GetProperty("user").GetString()));
    }

    [Fact]
    public async Task ScheduleTellsWhenTheDailySweepRuns()
    {
        using var analyst = fixture.Api.Analyst();

        var schedule = await analyst.GetOkAsync("/api/v1/admin/schedule");

        Assert.Equal("06:00 WIB", schedule.GetProperty("dailySweepAt").GetString());
        Assert.True(schedule.GetProperty("nextSweepAt").GetDateTimeOffset() > fixture.Clock.GetUtcNow());
        Assert.True(schedule.GetProperty("samplingEnabled").GetBoolean());
    }

    private static async Task<JsonElement> LastAuditAsync(HttpClient admin, string target) =>
        (await admin.GetOkAsync("/api/v1/admin/audit?limit=200")).EnumerateArray().First(e => e.GetProperty("target").GetString() == target);
}
