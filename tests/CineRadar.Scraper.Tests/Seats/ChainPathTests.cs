using CineRadar.Core.Operations;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Browser;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CineRadar.Scraper.Tests.Seats;

/// <summary>The seat-map path of a chain the reference does not map is learned from the app, never guessed.</summary>
public sealed class ChainPathTests
{
    [Fact]
    public async Task SeatMapPathOfAChainTheReferenceDoesNotMapIsLearnedFromTheAppAndItsShowsAreSampled()
    {
        await using var harness = await ScraperHarness.StartAsync(sandboxOptions: o =>
        {
            o.Catalog.FourthChain = true;
            o.Contract.Seed = 4;
        });
        var run = await harness.SweepAsync([ScraperHarness.Bandung], days: 2);
        RunAssert.Succeeded(run);
        var showtimes = new List<SampledShowtime>();
        foreach (var date in new[] { run.Date, run.Date.AddDays(1) })
        {
            showtimes.AddRange(SampledShowtime.From(await harness.Catalog.GetSchedulesAsync(date)));
        }

        var paths = harness.Services.GetRequiredService<ChainPaths>();
        Assert.Null(paths.Find("FLIX"));

        var sampleable = await paths.SampleableAsync(showtimes, CancellationToken.None);

        Assert.Equal(harness.Sandbox.Contract.FourthChainPath, paths.Find("FLIX"));
        Assert.NotEqual("flix", paths.Find("FLIX"));
        Assert.Equal(showtimes.Count, sampleable.Count);
        var flix = showtimes.Where(s => s.Merchant == "FLIX" && s.Bookable && s.StartsAt > DateTimeOffset.UtcNow.AddHours(1)).MinBy(s => s.StartsAt)!;
        var (outcome, reason) = await harness.Services.GetRequiredService<ISeatSampleTaker>()
            .TakeAsync(new PlannedSample(flix, new SampleKind("adhoc", TimeSpan.FromDays(1), TimeSpan.FromMinutes(1))), CancellationToken.None);
        Assert.True(outcome == SampleOutcome.Taken, reason);
    }

    [Fact]
    public async Task ChainWhosePathCannotBeLearnedIsNotSampledAndAnAlertSaysWhy()
    {
        using var store = new TestStore();
        var paths = new ChainPaths(new FailingLearner(), store.Get<IAlertStore>(), TimeProvider.System, NullLogger<ChainPaths>.Instance);
        var soon = DateTimeOffset.UtcNow.AddHours(2);
        SampledShowtime Show(string id, string merchant) => new(
            id, DateOnly.FromDateTime(soon.UtcDateTime), soon, "19:00", "m1", "KERETA MALAM", "t-" + merchant, merchant + " MALL",
            "973818511275069440", "BANDUNG", merchant, "2D", 50_000, Bookable: true);

        var sampleable = await paths.SampleableAsync([Show("s1", "XXI"), Show("s2", "Platinum Cineplex"), Show("s3", "Platinum Cineplex")], CancellationToken.None);

        Assert.Equal(["s1"], sampleable.Select(s => s.ShowtimeId));
        var alert = Assert.Single(await store.Get<IAlertStore>().ListAsync(10));
        Assert.Equal((ChainPaths.UnknownPathAlert, "PLATINUM CINEPLEX", AlertSeverity.Warning), (alert.Code, alert.Subject, alert.Severity));
        Assert.Contains("2 showtimes of Platinum Cineplex are not sampled", alert.Message, StringComparison.Ordinal);
        Assert.Contains("no seat map opened", alert.Message, StringComparison.Ordinal);
    }

    private sealed class FailingLearner : IChainPathLearner
    {
        public Task<string> LearnAsync(SampledShowtime showtime, CancellationToken cancellationToken) =>
            Task.FromException<string>(new InvalidOperationException("no seat map opened"));
    }
}
