using CineRadar.Core.Runs;
using CineRadar.Scraper.Tests.Support;
using CineRadar.TixSandbox;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary>TIX misbehaving: 429 storms, 5xx, cut bodies, resets, an expiring guest session, a dead API.</summary>
public sealed class FaultTests
{
    private static readonly IReadOnlyList<EndpointGroup> Catalog = [EndpointGroup.Catalog];

    [Fact]
    public async Task RateLimitStormIsWaitedOutWithRetryAfter()
    {
        await using var harness = await ScraperHarness.StartAsync();
        harness.Sandbox.Faults.Set(new FaultSettings { RateLimit = new RateLimitFault(30, 5, Catalog) });
        using var metrics = new MetricTotals("cineradar.tix.throttled", "cineradar.tix.retries", "cineradar.tix.requests");

        var run = await harness.SweepAsync(ScraperHarness.Bandung, ScraperHarness.Makassar);

        RunAssert.Succeeded(run);
        Assert.True(harness.Sandbox.Faults.Counts.RateLimited > 0, "the storm never hit");
        Assert.True(metrics["cineradar.tix.throttled"] > 0, "429s are counted in the metrics");
        Assert.True(metrics["cineradar.tix.retries"] > 0);
        Assert.True(metrics["cineradar.tix.requests"] >= run.Cities.Sum(c => c.Requests));
        await AssertMatchesTruthAsync(harness, run);
    }

    [Fact]
    public async Task ServerErrorsCutBodiesAndResetsAreRetried()
    {
        await using var harness = await ScraperHarness.StartAsync();
        harness.Sandbox.Faults.Set(new FaultSettings
        {
            Seed = 7,
            ServerErrors = new RateFault(0.2, Catalog),
            TruncatedBodies = new RateFault(0.05, Catalog),
            MalformedBodies = new RateFault(0.05, Catalog),
            ConnectionResets = new RateFault(0.05, Catalog),
        });

        var run = await harness.SweepAsync(ScraperHarness.Bandung, ScraperHarness.Makassar);

        RunAssert.Succeeded(run);
        var counts = harness.Sandbox.Faults.Counts;
        Assert.True(counts.ServerErrors > 0 && counts.TruncatedBodies > 0 && counts.MalformedBodies > 0 && counts.ConnectionResets > 0, counts.ToString());
        await AssertMatchesTruthAsync(harness, run);
    }

    [Fact]
    public async Task ExpiredGuestSessionIsRenewedAndLosesNoCity()
    {
        await using var harness = await ScraperHarness.StartAsync();
        await harness.Services.GetRequiredService<Browser.IGuestSession>().GetAsync(CancellationToken.None);
        var bootstraps = harness.Sandbox.Counters.Total("POST /v1/auth");
        harness.Sandbox.ExpireTokens(access: false, guest: true);

        var run = await harness.SweepAsync(ScraperHarness.Jakarta, ScraperHarness.Bandung, ScraperHarness.Makassar);

        RunAssert.Succeeded(run);
        Assert.True(harness.Sandbox.Counters.Snapshot()["GET /v1/movies"].ContainsKey(401), "the expired guest session was refused");
        Assert.True(harness.Sandbox.Counters.Total("POST /v1/auth") > bootstraps, "a new guest session was bootstrapped");
        await AssertMatchesTruthAsync(harness, run);
    }

    [Fact]
    public async Task CityThatFailsIsTriedAgainWithinItsRunBeforeItIsReportedFailed()
    {
        await using var harness = await ScraperHarness.StartAsync();
        await harness.Services.GetRequiredService<Browser.IGuestSession>().GetAsync(CancellationToken.None);
        harness.Sandbox.Faults.Set(new FaultSettings { ServerErrors = new RateFault(1.0, Catalog) });
        var queued = await harness.Services.GetRequiredService<Runs.SweepRequests>().QueueAsync(
            [ScraperHarness.Bandung], Core.Time.IndonesianClock.Today(TimeProvider.System), 1, "test", "test", CancellationToken.None);

        Assert.True(await harness.Services.GetRequiredService<Runs.RunProcessor>().ProcessNextAsync("test#0", CancellationToken.None));

        var waiting = Assert.Single((await harness.Runs.GetAsync(queued.Id))!.Cities);
        Assert.Equal((WorkItemStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.StartsWith("movie list: ", waiting.Reason, StringComparison.Ordinal);
        Assert.NotNull(waiting.RetryAt);
        Assert.True(waiting.Requests > 1, $"the failed attempt's requests are counted: {waiting.Requests}");
        Assert.Contains("answered 50", waiting.Reason, StringComparison.Ordinal);

        harness.Sandbox.Faults.Clear();
        var run = await harness.WorkUntilFinishedAsync(queued.Id);

        RunAssert.Succeeded(run);
        var city = Assert.Single(run.Cities);
        Assert.Equal((WorkItemStatus.Ok, 2), (city.Status, city.Attempts));
        Assert.True(city.Requests > waiting.Requests);
        await AssertMatchesTruthAsync(harness, run);
    }

    [Fact]
    public async Task FailingCitiesAreReportedWithTheirReasonAndARerunFillsTheGaps()
    {
        await using var harness = await ScraperHarness.StartAsync(new Dictionary<string, string?> { ["Validation:MinCityCoverage"] = "0.3" });
        var cities = new[] { ScraperHarness.Bandung, ScraperHarness.Makassar, ScraperHarness.Jayapura };
        var good = await harness.SweepAsync(ScraperHarness.Bandung);
        RunAssert.Succeeded(good);
        harness.Sandbox.Faults.Set(new FaultSettings { ServerErrors = new RateFault(1.0, Catalog) });

        var broken = await harness.SweepAsync(cities);

        Assert.Equal(RunStatus.Failed, broken.Status);
        Assert.StartsWith("not published: no city returned showtimes", broken.Error, StringComparison.Ordinal);
        Assert.All(broken.Cities, c =>
        {
            Assert.Equal((WorkItemStatus.Failed, 3), (c.Status, c.Attempts));
            Assert.StartsWith("movie list: ", c.Reason, StringComparison.Ordinal);
        });
        Assert.Contains(broken.Cities, c => c.Reason!.Contains("answered 50", StringComparison.Ordinal));
        Assert.Equal(1, await harness.Services.GetRequiredService<Core.Stores.IDataVersionStore>().GetAsync());

        harness.Sandbox.Faults.Clear();
        var rerun = await harness.SweepAsync(cities);

        RunAssert.Succeeded(rerun);
        await AssertMatchesTruthAsync(harness, rerun);
    }

    /// <summary>The store holds exactly the sandbox's listed showtimes of the run's cities: none missing, none twice.</summary>
    private static async Task AssertMatchesTruthAsync(ScraperHarness harness, ScrapeRun run)
    {
        var truth = harness.Sandbox.ShowtimesOn(run.Date).Where(s => s.Listed && run.Cities.Any(c => c.Key == s.CityId)).Select(s => s.ShowTimeId).Order().ToList();
        var stored = (await harness.Catalog.GetSchedulesAsync(run.Date))
            .SelectMany(s => s.Theatres).Where(t => run.Cities.Any(c => c.Key == t.CityId))
            .SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).Order().ToList();
        Assert.Equal(truth, stored);
    }
}
