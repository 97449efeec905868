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

        Assert.Equal(RunStatus.Success, run.Status);
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

        Assert.Equal(RunStatus.Success, run.Status);
        var counts = harness.Sandbox.Faults.Counts;
        Assert.True(counts.ServerErrors > 0 && counts.TruncatedBodies > 0 && counts.MalformedBodies > 0 && counts.ConnectionResets > 0, counts.ToString());
        await AssertMatchesTruthAsync(harness, run);
    }

    [Fact]
    public async Task GuestSessionExpiringMidRunLosesNoCity()
    {
        await using var harness = await ScraperHarness.StartAsync();
        var sweep = harness.SweepAsync(ScraperHarness.Jakarta, ScraperHarness.Bandung, ScraperHarness.Makassar);
        await Task.Delay(TimeSpan.FromSeconds(1));
        harness.Sandbox.ExpireTokens(access: false, guest: true);

        var run = await sweep;

        Assert.Equal(RunStatus.Success, run.Status);
        await AssertMatchesTruthAsync(harness, run);
    }

    [Fact]
    public async Task FailingCitiesAreReportedWithTheirReasonAndARerunFillsTheGaps()
    {
        await using var harness = await ScraperHarness.StartAsync(new Dictionary<string, string?> { ["Validation:MinCityCoverage"] = "0.3" });
        var cities = new[] { ScraperHarness.Bandung, ScraperHarness.Makassar, ScraperHarness.Jayapura };
        var good = await harness.SweepAsync(ScraperHarness.Bandung);
        Assert.Equal(RunStatus.Success, good.Status);
        harness.Sandbox.Faults.Set(new FaultSettings { ServerErrors = new RateFault(1.0, Catalog) });

        var broken = await harness.SweepAsync(cities);

        Assert.Equal(RunStatus.Failed, broken.Status);
        Assert.StartsWith("not published: no city returned movies", broken.Error, StringComparison.Ordinal);
        Assert.All(broken.Cities, c =>
        {
            Assert.Equal(WorkItemStatus.Failed, c.Status);
            Assert.StartsWith("movie list: ", c.Reason, StringComparison.Ordinal);
        });
        Assert.Contains(broken.Cities, c => c.Reason!.Contains("answered 50", StringComparison.Ordinal));
        Assert.Equal(1, await harness.Services.GetRequiredService<Core.Stores.IDataVersionStore>().GetAsync());

        harness.Sandbox.Faults.Clear();
        var rerun = await harness.SweepAsync(cities);

        Assert.Equal(RunStatus.Success, rerun.Status);
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
