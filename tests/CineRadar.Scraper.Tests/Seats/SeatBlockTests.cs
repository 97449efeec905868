using System.Net;
using CineRadar.Core.Operations;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Scraper.SeatReads;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CineRadar.Scraper.Tests.Seats;

/// <summary>
/// Seat sampling under the daily cap (every attempt counted, a spent cap missed as "daily cap reached" without spinning)
/// and its halt when TIX looks like it blocks the account: refusals in a row or a captcha page halt it for every
/// instance until an operator resumes it; a 401 is no sign of a block.
/// </summary>
public sealed class SeatBlockTests
{
    private static readonly DateOnly Today = new(2026, 1, 11);

    [Fact]
    public async Task TheSchedulerTakesNoMoreSamplesThanTheCapAndMissesTheRestWithoutSpinning()
    {
        using var tix = new FakeTix();
        using var scraper = Scraper(tix, cap: 40, share: 0.25);
        var scheduler = scraper.Services.GetRequiredService<SeatScheduler>();
        scheduler.Add(Enumerable.Range(0, 50).Select(i => Sample(tix, i)));

        await scheduler.RunAsync(untilDrained: true, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(30, tix.LayoutRequests);
        Assert.Equal(30, scheduler.Stats.Done);
        Assert.Equal(new Dictionary<string, int> { [DailySeatReads.CapReached] = 20 }, scheduler.Stats.MissedByReason);
        var taker = scraper.Services.GetRequiredService<ISeatSampleTaker>();
        var visitor = new List<SampleOutcome>();
        for (var i = 0; i < 12; i++)
        {
            visitor.Add((await taker.TakeAsync(Sample(tix, 100 + i, SampleKinds.Visitor), CancellationToken.None)).Outcome);
        }

        Assert.Equal(10, visitor.Count(o => o == SampleOutcome.Taken));
        Assert.Equal(2, visitor.Count(o => o == SampleOutcome.NotSent));
        Assert.Equal(40, tix.LayoutRequests);
    }

    [Fact]
    public async Task EveryAttemptCountsRetriesIncluded()
    {
        using var tix = new FakeTix { Layout = () => (HttpStatusCode.ServiceUnavailable, FakeTix.Error("UNAVAILABLE", "try later")) };
        using var scraper = Scraper(tix, cap: 4, share: 0);
        var taker = scraper.Services.GetRequiredService<ISeatSampleTaker>();

        var (outcome, reason) = await taker.TakeAsync(Sample(tix, 1), CancellationToken.None);

        Assert.Equal((SampleOutcome.NotSent, DailySeatReads.CapReached), (outcome, reason));
        Assert.Equal(4, tix.LayoutRequests);
        Assert.Equal(4L, (await scraper.Services.GetRequiredService<DailySeatReads>().TodayAsync()).Used);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task RefusalsInARowHaltSamplingAndRaiseTheCriticalAlert(HttpStatusCode status)
    {
        using var tix = new FakeTix { Layout = () => (status, FakeTix.Error("DENIED", "denied")) };
        using var scraper = Scraper(tix);
        var scheduler = scraper.Services.GetRequiredService<SeatScheduler>();
        scheduler.Add(Enumerable.Range(0, 10).Select(i => Sample(tix, i)));

        // Failed samples wait on the clock before they are tried again (and find sampling halted).
        await tix.AdvanceUntilAsync(scheduler.RunAsync(untilDrained: true, CancellationToken.None), TimeSpan.FromSeconds(10));

        // The third refusal halts; only requests already on their way (at most MaxInFlight, 4) are answered after it.
        Assert.InRange(tix.LayoutRequests, 3, 3 + 4);
        Assert.Equal(10, scheduler.Stats.Missed);
        Assert.True(scheduler.Stats.MissedByReason.ContainsKey(DailySeatReads.Halted));
        var alert = await ActiveBlockAlertAsync(scraper);
        Assert.Equal(AlertSeverity.Critical, alert!.Severity);
        Assert.Contains($"{(int)status}", alert.Message, StringComparison.Ordinal);
        Assert.Contains("never switches to another TIX account", alert.Message, StringComparison.Ordinal);
        var day = await scraper.Services.GetRequiredService<ISeatReadStore>().GetAsync(Today);
        Assert.True(day.IsHalted);
        Assert.Equal(0L, await scraper.Services.GetRequiredService<DailySeatReads>().RemainingAsync(SeatReadPurpose.Visitor));
    }

    [Fact]
    public async Task ACaptchaPageHaltsSamplingAtOnce()
    {
        using var tix = new FakeTix { Layout = () => (HttpStatusCode.OK, "<!DOCTYPE html><html><body>Please complete the captcha</body></html>") };
        using var scraper = Scraper(tix);
        var taker = scraper.Services.GetRequiredService<ISeatSampleTaker>();

        // A body that is no JSON is fetched again after a pause on the clock; by then sampling is halted.
        var taking = taker.TakeAsync(Sample(tix, 1), CancellationToken.None);
        await tix.AdvanceUntilAsync(taking, TimeSpan.FromSeconds(1));
        var first = await taking;
        var second = await taker.TakeAsync(Sample(tix, 2), CancellationToken.None);

        Assert.Equal((SampleOutcome.NotSent, DailySeatReads.Halted), second);
        Assert.NotEqual(SampleOutcome.Taken, first.Outcome);
        Assert.Equal(1, tix.LayoutRequests);
        Assert.Contains("HTML page", (await ActiveBlockAlertAsync(scraper))!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A401IsNoSignOfABlock()
    {
        using var tix = new FakeTix { Layout = () => (HttpStatusCode.Unauthorized, FakeTix.Error("UNAUTHORIZED", "not allowed")) };
        using var scraper = Scraper(tix);
        var scheduler = scraper.Services.GetRequiredService<SeatScheduler>();
        scheduler.Add(Enumerable.Range(0, 10).Select(i => Sample(tix, i)));

        await scheduler.RunAsync(untilDrained: true, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(new Dictionary<string, int> { ["refused: 401 UNAUTHORIZED"] = 10 }, scheduler.Stats.MissedByReason);
        Assert.False((await scraper.Services.GetRequiredService<ISeatReadStore>().GetAsync(Today)).IsHalted);
        Assert.Null(await ActiveBlockAlertAsync(scraper));
    }

    [Fact]
    public async Task AnAnswerBetweenRefusalsEndsTheStreakAndA401LeavesIt()
    {
        var answers = new Queue<HttpStatusCode>([
            HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden,
            HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden]);
        using var tix = new FakeTix();
        tix.Layout = () => answers.Dequeue() is var status && status == HttpStatusCode.OK
            ? (status, FakeTix.NestedLayout)
            : (status, FakeTix.Error("DENIED", "denied"));
        using var scraper = Scraper(tix);
        var taker = scraper.Services.GetRequiredService<ISeatSampleTaker>();
        var store = scraper.Services.GetRequiredService<ISeatReadStore>();

        for (var i = 0; i < 5; i++)
        {
            await taker.TakeAsync(Sample(tix, i), CancellationToken.None);
        }

        Assert.False((await store.GetAsync(Today)).IsHalted);
        // The 401 refreshes the token and asks again: the retry's 403 is the third in a row.
        await taker.TakeAsync(Sample(tix, 5), CancellationToken.None);
        Assert.True((await store.GetAsync(Today)).IsHalted);
    }

    [Fact]
    public async Task AHaltHoldsForANewInstanceUntilResumed()
    {
        using var tix = new FakeTix { Layout = () => (HttpStatusCode.Forbidden, FakeTix.Error("DENIED", "denied")) };
        using (var first = Scraper(tix))
        {
            var taker = first.Services.GetRequiredService<ISeatSampleTaker>();
            for (var i = 0; i < 3; i++)
            {
                await taker.TakeAsync(Sample(tix, i), CancellationToken.None);
            }
        }

        tix.Layout = () => (HttpStatusCode.OK, FakeTix.NestedLayout);
        using var second = Scraper(tix);
        var reads = second.Services.GetRequiredService<DailySeatReads>();
        var secondTaker = second.Services.GetRequiredService<ISeatSampleTaker>();

        Assert.Equal((SampleOutcome.NotSent, DailySeatReads.Halted), await secondTaker.TakeAsync(Sample(tix, 10), CancellationToken.None));
        var today = await reads.TodayAsync();
        Assert.True(today.IsHalted);
        Assert.Contains("403", today.HaltReason, StringComparison.Ordinal);
        Assert.Equal(3, tix.LayoutRequests);

        Assert.True(await reads.ResumeAsync());
        Assert.Equal(SampleOutcome.Taken, (await secondTaker.TakeAsync(Sample(tix, 11), CancellationToken.None)).Outcome);
        Assert.False((await reads.TodayAsync()).IsHalted);
        Assert.Null(await ActiveBlockAlertAsync(second));
    }

    private static IHost Scraper(FakeTix tix, int cap = 1000, double share = 0.03) => tix.CreateScraper(new Dictionary<string, string?>
    {
        ["Sampling:DailyRequestCap"] = $"{cap}",
        ["Sampling:VisitorShare"] = share.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Tix:Retries:BaseDelay"] = "00:00:00.001",
        ["Tix:Retries:MaxDelay"] = "00:00:00.002",
    });

    private static async Task<Alert?> ActiveBlockAlertAsync(IHost scraper) =>
        (await scraper.Services.GetRequiredService<IAlertStore>().ListAsync(50))
        .SingleOrDefault(a => a.Code == DailySeatReads.BlockAlertCode && a.IsActive);

    private static PlannedSample Sample(FakeTix tix, int i, string kind = SampleKinds.Final)
    {
        var startsAt = tix.Clock.GetUtcNow().AddMinutes(10);
        var show = new SampledShowtime(
            $"20000000000000{i:00000}", Today, startsAt, "19:00", "1900000000000000001", "KERETA MALAM",
            "1100000000000000007", "MALL KOTA XXI", "967969975509716992", "JAKARTA", "XXI", "REGULAR 2D", 40_000, Bookable: true);
        return new PlannedSample(show, kind == SampleKinds.Final
            ? SampleKinds.Default.Single(k => k.Name == SampleKinds.Final)
            : new SampleKind(kind, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1)));
    }
}
