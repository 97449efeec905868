using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Catalog;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>Re-sweeps of today: queued by an operator, their per-city changes, their schedule, and the shows they changed.</summary>
[Collection(ApiSuite.Name)]
public sealed class ResweepTests(ApiFixture fixture)
{
    private string Today => fixture.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AResweepIsQueuedForTodayOnlyForTheCitiesNamedOrAll()
    {
        await using var api = fixture.NewApiOnCopy();
        using var admin = api.Operator("rina");

        using var named = await admin.PostJsonAsync("/api/v1/admin/runs", new { kind = "resweep", cities = new[] { ApiFixture.Jakarta.Id }, date = Today });
        using var all = await admin.PostJsonAsync("/api/v1/admin/runs", new { kind = "resweep" });
        using var tomorrow = await admin.PostJsonAsync("/api/v1/admin/runs", new { kind = "resweep", date = fixture.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        using var yesterday = await admin.PostJsonAsync("/api/v1/admin/runs", new { kind = "resweep", date = fixture.Yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        using var twoDays = await admin.PostJsonAsync("/api/v1/admin/runs", new { kind = "resweep", days = 2 });

        Assert.Equal(HttpStatusCode.Accepted, named.StatusCode);
        var run = await named.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("resweep", Today, 1), (run.GetProperty("kind").GetString(), run.GetProperty("date").GetString(), run.GetProperty("itemsTotal").GetInt32()));
        Assert.Equal(ApiFixture.Jakarta.Id, run.GetProperty("items")[0].GetProperty("key").GetString());
        Assert.Equal(RunKind.Resweep, (await api.Services.GetRequiredService<IRunStore>().GetAsync(run.GetProperty("id").GetString()!))!.Kind);
        Assert.Equal(HttpStatusCode.Accepted, all.StatusCode);
        Assert.Equal(83, (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("itemsTotal").GetInt32());
        await HttpAssert.NamesParameterAsync(tomorrow, "date");
        await HttpAssert.NamesParameterAsync(yesterday, "date");
        await HttpAssert.NamesParameterAsync(twoDays, "days");
    }

    [Fact]
    public async Task AResweepRunShowsWhatEachCityFoundAddedMovedAndCancelled()
    {
        await using var api = fixture.NewApiOnCopy();
        var runs = api.Services.GetRequiredService<IRunStore>();
        var run = await runs.QueueAsync(
            new RunRequest(RunKind.Resweep, fixture.Today, [], "scheduler", "schedule"),
            [new RunItemSpec(ApiFixture.Jakarta.Id, "JAKARTA"), new RunItemSpec(ApiFixture.Bandung.Id, "BANDUNG")]);
        await runs.CompleteAsync((await runs.ClaimAsync("worker", TimeSpan.FromMinutes(1)))!,
            new WorkItemOutcome(WorkItemStatus.Ok, null, 3, 4, 40, 6, Added: 3, Moved: 2, Cancelled: 1), []);
        using var analyst = api.Analyst();

        var one = await analyst.GetOkAsync($"/api/v1/admin/runs/{run.Id}");
        var listed = (await analyst.GetOkAsync("/api/v1/admin/runs")).EnumerateArray().Single(r => r.GetProperty("id").GetString() == run.Id);

        Assert.Equal("resweep", one.GetProperty("kind").GetString());
        Assert.Equal((3, 2, 1), Counts(one.GetProperty("items")[0]));
        Assert.Equal((0, 0, 0), Counts(one.GetProperty("items")[1]));
        Assert.Equal((3, 2, 1), Counts(listed.GetProperty("items")[0]));
    }

    [Fact]
    public async Task FailedResweepCitiesAreRetriedOnlyOnTheDayTheyWereResweptFor()
    {
        await using var api = fixture.NewApiOnCopy();
        var runs = api.Services.GetRequiredService<IRunStore>();
        var today = await FailedResweepAsync(runs, fixture.Today);
        var yesterday = await FailedResweepAsync(runs, fixture.Yesterday);
        using var admin = api.Operator();

        using var retried = await admin.PostAsync(new Uri($"/api/v1/admin/runs/{today}/retry-failed", UriKind.Relative), null);
        using var stale = await admin.PostAsync(new Uri($"/api/v1/admin/runs/{yesterday}/retry-failed", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        var retry = await retried.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("resweep", Today), (retry.GetProperty("kind").GetString(), retry.GetProperty("date").GetString()));
        await HttpAssert.ProblemAsync(stale, HttpStatusCode.Conflict);
    }

    private static async Task<string> FailedResweepAsync(IRunStore runs, DateOnly date)
    {
        var run = await runs.QueueAsync(new RunRequest(RunKind.Resweep, date, [], "scheduler", "schedule"), [new RunItemSpec(ApiFixture.Jakarta.Id, "JAKARTA")]);
        await runs.CompleteAsync((await runs.ClaimAsync("worker", TimeSpan.FromMinutes(1)))!, WorkItemOutcome.Failed("TIX answered 500"), []);
        await runs.FinishAsync((await runs.ClaimAsync("worker", TimeSpan.FromMinutes(1)))!, RunStatus.Failed, "every city failed");
        return run.Id;
    }

    [Fact]
    public async Task ScheduleTellsWhenTodayIsResweptAndHowMuchItMaySpend()
    {
        await using var hourly = fixture.NewApi(new Dictionary<string, string?> { ["Sweep:ResweepAt"] = "30 10-20/2 * * *", ["Sweep:ResweepShare"] = "0.25" });
        await using var off = fixture.NewApi(new Dictionary<string, string?> { ["Sweep:ResweepAt"] = "" });
        using var analyst = hourly.Analyst();
        using var offAnalyst = off.Analyst();

        var schedule = await analyst.GetOkAsync("/api/v1/admin/schedule");
        var none = await offAnalyst.GetOkAsync("/api/v1/admin/schedule");

        Assert.Equal("30 10-20/2 * * * (WIB)", schedule.GetProperty("resweepAt").GetString());
        Assert.Equal(0.25, schedule.GetProperty("resweepShare").GetDouble());
        var next = schedule.GetProperty("nextResweepAt").GetDateTimeOffset();
        Assert.True(next > fixture.Clock.GetUtcNow());
        Assert.Equal(30, next.ToOffset(IndonesianClock.WibOffset).Minute);
        Assert.Equal("06:00 WIB", none.GetProperty("dailySweepAt").GetString());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("resweepAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, none.GetProperty("nextResweepAt").ValueKind);
    }

    [Fact]
    public async Task ShowtimesSayWhetherTheyWereCancelledMovedOrAddedDuringTheDay()
    {
        await using var api = fixture.NewApiOnCopy();
        var jakarta = ApiFixture.Jakarta;
        DateTimeOffset Start(string time) => IndonesianClock.ShowtimeStart(fixture.Today, time, jakarta.TimeZone);
        var now = fixture.Clock.GetUtcNow();
        Showtime[] shows =
        [
            new("rs-kept", "13:00", 1, Start("13:00")),
            new("rs-moved", "19:30", 1, Start("19:30"), MovedFrom: Start("19:00")),
            new("rs-added", "22:00", 1, Start("22:00"), AddedAt: now),
            new("rs-cancelled", "21:00", 1, Start("21:00"), CancelledAt: now),
        ];
        var theatre = new TheatreSchedule("t-resweep", "RESWEEP XXI", null, "XXI", jakarta.Id, jakarta.Name, [new Room("REGULAR 2D", "Rp40.000", shows)]);
        await api.Services.GetRequiredService<ICatalogStore>().PublishAsync(new CatalogPublication(fixture.Today, now, "run-resweep",
            [new CityScrape(jakarta.Id, jakarta.Name, fixture.Today, [new Movie("m-resweep", "RESWEEP STORY", [], null, null, null, ["XXI"], false)],
                [new CityMovieSchedule("m-resweep", [theatre])])]));
        await api.Services.GetRequiredService<IDataVersionStore>().BumpAsync();
        using var publicSite = api.PublicSite();

        var movie = await publicSite.GetOkAsync($"/api/v1/movies/m-resweep?date={Today}&city={jakarta.Id}");
        var detail = await publicSite.GetOkAsync($"/api/v1/showtimes/rs-cancelled?date={Today}");

        var listed = movie.GetProperty("cities")[0].GetProperty("theatres")[0].GetProperty("rooms")[0].GetProperty("showtimes").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal((false, true, JsonValueKind.Null, JsonValueKind.Null), Describe(listed["rs-kept"]));
        Assert.Equal((false, true, JsonValueKind.String, JsonValueKind.Null), Describe(listed["rs-moved"]));
        Assert.Equal(Start("19:00"), listed["rs-moved"].GetProperty("movedFrom").GetDateTimeOffset());
        Assert.Equal((false, true, JsonValueKind.Null, JsonValueKind.String), Describe(listed["rs-added"]));
        Assert.Equal((true, false, JsonValueKind.Null, JsonValueKind.Null), Describe(listed["rs-cancelled"]));
        Assert.Equal((true, false), (detail.GetProperty("cancelled").GetBoolean(), detail.GetProperty("bookable").GetBoolean()));
    }

    private static (int, int, int) Counts(JsonElement item) =>
        (item.GetProperty("added").GetInt32(), item.GetProperty("moved").GetInt32(), item.GetProperty("cancelled").GetInt32());

    private static (bool Cancelled, bool Bookable, JsonValueKind MovedFrom, JsonValueKind AddedAt) Describe(JsonElement show) => (
        show.GetProperty("cancelled").GetBoolean(), show.GetProperty("bookable").GetBoolean(),
        show.TryGetProperty("movedFrom", out var moved) ? moved.ValueKind : JsonValueKind.Null,
        show.TryGetProperty("addedAt", out var added) ? added.ValueKind : JsonValueKind.Null);
}
