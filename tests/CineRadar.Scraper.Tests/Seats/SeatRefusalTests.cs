using System.Net;
using CineRadar.Core.Sampling;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests.Seats;

/// <summary>
/// Seat maps TIX refuses: "the show has started" is recognised wherever TIX says it, and a 401 that no token cures costs
/// one refresh, not one per sample.
/// </summary>
public sealed class SeatRefusalTests
{
    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "EXPIRED_EVENT_DETAIL", "Show time has started")]
    [InlineData(HttpStatusCode.Unauthorized, "UNAUTHORIZED", "EXPIRED_EVENT_DETAIL")]
    [InlineData(HttpStatusCode.Unauthorized, "E401", "event expired")]
    [InlineData(HttpStatusCode.OK, "BAD_REQUEST", "event detail is expired")]
    public async Task ShowStartedIsRecognisedInTheErrorCodeOrTheMessage(HttpStatusCode status, string code, string message)
    {
        using var tix = new FakeTix { Layout = () => (status, FakeTix.Error(code, message)) };
        using var scraper = tix.CreateScraper();
        var taker = scraper.Services.GetRequiredService<ISeatSampleTaker>();

        var (outcome, _) = await taker.TakeAsync(Sample(tix, 1), CancellationToken.None);

        Assert.Equal(SampleOutcome.Started, outcome);
        Assert.Equal(0, tix.Refreshes);
    }

    [Fact]
    public async Task SeatMapThatAlwaysAnswers401CostsOneRefreshOverManySamples()
    {
        using var tix = new FakeTix { Layout = () => (HttpStatusCode.Unauthorized, FakeTix.Error("UNAUTHORIZED", "not allowed")) };
        using var scraper = tix.CreateScraper();
        var scheduler = scraper.Services.GetRequiredService<SeatScheduler>();
        scheduler.Add(Enumerable.Range(0, 20).Select(i => Sample(tix, i)));

        await scheduler.RunAsync(untilDrained: true, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal((1, 1), (tix.Logins, tix.Refreshes));
        Assert.Equal(new Dictionary<string, int> { ["refused: 401 UNAUTHORIZED"] = 20 }, scheduler.Stats.MissedByReason);
        // Each sample asked once; those in flight when the token was refreshed asked once more with the new one.
        Assert.InRange(tix.LayoutRequests, 21, 20 + 4);
    }

    [Fact]
    public async Task SeatMapsWorkAgainOnceTheRefreshedTokenIsAccepted()
    {
        var refused = 1;
        using var tix = new FakeTix();
        tix.Layout = () => Interlocked.Exchange(ref refused, 0) == 1
            ? (HttpStatusCode.Unauthorized, FakeTix.Error("INVALID_TOKEN", "token expired"))
            : (HttpStatusCode.OK, FakeTix.NestedLayout);
        using var scraper = tix.CreateScraper();
        var taker = scraper.Services.GetRequiredService<ISeatSampleTaker>();

        var first = await taker.TakeAsync(Sample(tix, 1), CancellationToken.None);
        var second = await taker.TakeAsync(Sample(tix, 2), CancellationToken.None);

        Assert.Equal((SampleOutcome.Taken, SampleOutcome.Taken), (first.Outcome, second.Outcome));
        Assert.Equal((1, 3), (tix.Refreshes, tix.LayoutRequests));
    }

    private static PlannedSample Sample(FakeTix tix, int i)
    {
        var startsAt = tix.Clock.GetUtcNow().AddMinutes(10);
        var show = new SampledShowtime(
            $"20000000000000{i:00000}", new DateOnly(2026, 1, 11), startsAt, "19:00", "1900000000000000001", "KERETA MALAM",
            "1100000000000000007", "MALL KOTA XXI", "967969975509716992", "JAKARTA", "XXI", "REGULAR 2D", 40_000, Bookable: true);
        return new PlannedSample(show, SampleKinds.Default.Single(k => k.Name == SampleKinds.Final));
    }
}
