using CineRadar.Core.Sampling;
using CineRadar.Scraper.Budget;
using CineRadar.Scraper.Seats;
using CineRadar.Tools.Simulation;
using CineRadar.Scraper.Tests.Support;
using CineRadar.Scraper.Telemetry;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Tests.Seats;

/// <summary>The earliest-deadline-first scheduler on a virtual clock, with a taker that spends the budget as TIX calls would.</summary>
[Collection(VirtualTimeTests.Name)]
public sealed class SchedulerTests
{
    private static readonly DateTimeOffset Morning = DateTimeOffset.Parse("2026-01-11T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static SampledShowtime Show(string id, DateTimeOffset startsAt, bool bookable = true) =>
        new(id, new DateOnly(2026, 1, 11), startsAt, startsAt.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            "m1", "MOVIE", "t1", "THEATRE", "c1", "CITY", "XXI", "REGULAR 2D", 40_000, bookable);

    [Fact]
    public void PlannerWantsEveryKindOfEveryBookableShowtimeStillAhead()
    {
        var start = Morning.AddHours(10);
        var shows = new[] { Show("a", start), Show("b", start, bookable: false), Show("c", Morning.AddMinutes(100)) };

        var plan = SamplePlanner.Plan(shows, SampleKinds.Default, closeShare: 0, spareClose: false, Morning, new HashSet<string> { "a_t60" });

        Assert.Equal(
            new[] { "a_final", "a_t180", "a_t40", "c_final", "c_t40", "c_t60" },
            plan.Select(p => p.DocumentId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(plan, p => p.Showtime.ShowtimeId == "b");
        Assert.All(plan, p => Assert.True(p.Deadline > Morning));
        var final = plan.Single(p => p.DocumentId == "a_final");
        Assert.Equal((start.AddMinutes(-15), start.AddMinutes(-5)), (final.OpensAt, final.Deadline));
    }

    [Fact]
    public void CloseReadingsGoToAStableShareOfShowtimes()
    {
        var shows = Enumerable.Range(0, 2000).Select(i => Show($"20000000000{i:00000000}", Morning.AddHours(8))).ToList();

        var first = SamplePlanner.Plan(shows, SampleKinds.Default, 0.1, spareClose: false, Morning, new HashSet<string>());
        var again = SamplePlanner.Plan(shows, SampleKinds.Default, 0.1, spareClose: false, Morning, new HashSet<string>());
        var withSpares = SamplePlanner.Plan(shows, SampleKinds.Default, 0.1, spareClose: true, Morning, new HashSet<string>());

        var close = first.Where(p => p.Kind.Name == SampleKinds.Close).Select(p => p.Showtime.ShowtimeId).ToList();
        Assert.InRange(close.Count, 160, 240);
        Assert.DoesNotContain(first, p => p.Spare);
        Assert.Equal(close, again.Where(p => p.Kind.Name == SampleKinds.Close).Select(p => p.Showtime.ShowtimeId));
        // With spares every showtime gets a close reading; only the calibration share's are planned ones.
        var closeWithSpares = withSpares.Where(p => p.Kind.Name == SampleKinds.Close).ToList();
        Assert.Equal(shows.Count, closeWithSpares.Count);
        Assert.Equal(close, closeWithSpares.Where(p => !p.Spare).Select(p => p.Showtime.ShowtimeId));
        Assert.All(withSpares.Where(p => p.Kind.Name != SampleKinds.Close), p => Assert.False(p.Spare));
    }

    [Fact]
    public async Task EarliestDeadlineGoesFirst()
    {
        using var run = new SchedulerRun(requestsPerSecond: 1000);
        var start = Morning.AddMinutes(20);
        run.Scheduler.Add([Planned("late", start.AddMinutes(4)), Planned("early", start), Planned("middle", start.AddMinutes(2))]);

        await run.RunUntilDrainedAsync();

        Assert.Equal(["early_final", "middle_final", "late_final"], run.Taker.Taken.Select(t => t.Sample.DocumentId));
    }

    [Fact]
    public async Task PeakOfShowsStartingTogetherIsMetWithinTheWindow()
    {
        using var run = new SchedulerRun(requestsPerSecond: 3);
        var sevenPm = Morning.AddMinutes(30);
        run.Scheduler.Add(Enumerable.Range(0, 300).Select(i => Planned($"s{i:000}", sevenPm)));

        await run.RunUntilDrainedAsync();

        Assert.Equal(300, run.Taker.Taken.Count);
        Assert.Equal(0, run.Scheduler.Stats.Missed);
        Assert.All(run.Taker.Taken, t => Assert.InRange(t.At, sevenPm.AddMinutes(-15), sevenPm.AddMinutes(-5)));
        Assert.True(run.Taker.Taken.Max(t => t.At) < sevenPm.AddMinutes(-13), "the finals are taken as soon as their window opens");
    }

    [Fact]
    public async Task BudgetTooSmallMissesOnlyWhatItCannotReach()
    {
        using var run = new SchedulerRun(requestsPerSecond: 0.2);
        var sevenPm = Morning.AddMinutes(30);
        run.Scheduler.Add(Enumerable.Range(0, 300).Select(i => Planned($"s{i:000}", sevenPm)));

        await run.RunUntilDrainedAsync();

        Assert.InRange(run.Taker.Taken.Count, 118, 126);
        Assert.Equal(300 - run.Taker.Taken.Count, run.Scheduler.Stats.MissedByReason["window passed"]);
        Assert.All(run.Taker.Taken, t => Assert.True(t.At < sevenPm.AddMinutes(-4), "a sample sent at its deadline waits at most a few budget slots"));
    }

    [Fact]
    public async Task StartedShowIsDroppedAndFailedOneIsTriedAgainInItsWindow()
    {
        using var run = new SchedulerRun(requestsPerSecond: 100);
        var start = Morning.AddMinutes(20);
        run.Taker.Answers["cancelled_final"] = new Queue<SampleOutcome>([SampleOutcome.Started]);
        run.Taker.Answers["flaky_final"] = new Queue<SampleOutcome>([SampleOutcome.Failed, SampleOutcome.Failed]);
        run.Taker.Answers["broken_final"] = new Queue<SampleOutcome>(Enumerable.Repeat(SampleOutcome.Failed, 100));
        run.Scheduler.Add([Planned("cancelled", start), Planned("flaky", start), Planned("broken", start)]);

        await run.RunUntilDrainedAsync();

        Assert.Equal(1, run.Taker.Attempts["cancelled_final"]);
        Assert.Equal(3, run.Taker.Attempts["flaky_final"]);
        Assert.Equal(["flaky_final"], run.Taker.Taken.Select(t => t.Sample.DocumentId));
        Assert.Equal(1, run.Scheduler.Stats.MissedByReason["show started"]);
        Assert.Equal(1, run.Scheduler.Stats.MissedByReason["failed: refused"]);
        Assert.InRange(run.Taker.Attempts["broken_final"], 19, 21);
    }

    [Fact]
    public async Task SpareSamplesUseOnlyTheBudgetThePlanLeavesFree()
    {
        // 0.5 req/s: 300 finals of 19:08 shows need all 600 s of their window (18:53..19:03), which holds the close
        // window (18:57..18:59) of 300 shows starting at 19:00.
        using var run = new SchedulerRun(requestsPerSecond: 0.5);
        var sevenPm = Morning.AddMinutes(30);
        run.Scheduler.Add(Enumerable.Range(0, 300).Select(i => Planned($"late{i:000}", sevenPm.AddMinutes(8))));
        run.Scheduler.Add(Enumerable.Range(0, 300).Select(i => Spare($"s{i:000}", sevenPm)));
        run.Scheduler.Add([Spare("quiet", Morning.AddMinutes(10))]);

        await run.RunUntilDrainedAsync();

        var finals = run.Taker.Taken.Count(t => t.Sample.Kind.Name == SampleKinds.Final);
        var closes = run.Taker.Taken.Where(t => t.Sample.Spare).ToList();
        Assert.InRange(finals, 290, 300);
        Assert.Equal("quiet_close", Assert.Single(closes).Sample.DocumentId);
        Assert.Equal(300, run.Scheduler.Stats.Skipped);
        Assert.Equal(300 - finals, run.Scheduler.Stats.Missed);
        Assert.Equal(run.Scheduler.Stats.Planned, run.Taker.Taken.Count + run.Scheduler.Stats.Missed + run.Scheduler.Stats.Skipped);
    }

    [Fact]
    public async Task SpareSamplesAreTakenWhenNothingElseIsDueAndAStartedShowSkipsThem()
    {
        using var run = new SchedulerRun(requestsPerSecond: 3);
        var sevenPm = Morning.AddMinutes(30);
        run.Taker.Answers["gone_close"] = new Queue<SampleOutcome>([SampleOutcome.Started]);
        run.Scheduler.Add([Planned("a", sevenPm), Spare("a", sevenPm), Spare("b", sevenPm.AddMinutes(1)), Spare("gone", sevenPm)]);

        await run.RunUntilDrainedAsync();

        Assert.Equal(["a_final", "a_close", "b_close"], run.Taker.Taken.Select(t => t.Sample.DocumentId));
        Assert.All(run.Taker.Taken.Where(t => t.Sample.Spare), t => Assert.InRange(t.At, sevenPm.AddMinutes(-3), sevenPm.AddMinutes(1)));
        Assert.Equal((1, 0), (run.Scheduler.Stats.Skipped, run.Scheduler.Stats.Missed));
    }

    [Fact]
    public async Task SampleAddedTwiceIsTakenOnce()
    {
        using var run = new SchedulerRun(requestsPerSecond: 100);
        var sample = Planned("once", Morning.AddMinutes(20));

        Assert.Equal(1, run.Scheduler.Add([sample]));
        Assert.Equal(0, run.Scheduler.Add([sample]));
        await run.RunUntilDrainedAsync();

        Assert.Single(run.Taker.Taken);
    }

    [Fact]
    public async Task ACancelledShowLeavesThePlanAndAMovedOneIsTakenAtItsNewTime()
    {
        using var run = new SchedulerRun(requestsPerSecond: 100);
        var start = Morning.AddMinutes(40);
        run.Scheduler.Add([Planned("kept", start), Planned("cancelled", start), Planned("moved", start)]);

        // A re-sweep found one show cancelled and another moved 30 minutes later.
        var withdrawn = run.Scheduler.Withdraw(new DateOnly(2026, 1, 11), new Dictionary<string, DateTimeOffset>
        {
            ["kept"] = start,
            ["moved"] = start.AddMinutes(30),
        });
        var replanned = run.Scheduler.Add([Planned("kept", start), Planned("moved", start.AddMinutes(30))]);
        await run.RunUntilDrainedAsync();

        Assert.Equal((2, 1), (withdrawn, replanned));
        Assert.Equal(2, run.Scheduler.Stats.Withdrawn);
        Assert.Equal(["kept_final", "moved_final"], run.Taker.Taken.Select(t => t.Sample.DocumentId));
        var moved = run.Taker.Taken.Single(t => t.Sample.DocumentId == "moved_final");
        Assert.InRange(moved.At, start.AddMinutes(15), start.AddMinutes(25));
        Assert.Equal(0, run.Scheduler.Stats.Missed);
    }

    [Fact]
    public async Task AShowTixNoLongerKnowsCostsOneReadAndLeavesThePlan()
    {
        using var run = new SchedulerRun(requestsPerSecond: 100);
        var start = Morning.AddHours(4);
        run.Taker.Answers["gone_t180"] = new Queue<SampleOutcome>([SampleOutcome.Gone]);
        run.Scheduler.Add(SampleKinds.Default.Select(k => new PlannedSample(Show("gone", start), k)).Append(Planned("kept", start)));

        await run.RunUntilDrainedAsync();

        Assert.Equal(1, run.Taker.Attempts.Where(a => a.Key.StartsWith("gone_", StringComparison.Ordinal)).Sum(a => a.Value));
        Assert.Equal(["kept_final"], run.Taker.Taken.Select(t => t.Sample.DocumentId));
        Assert.Equal((1, 3), (run.Scheduler.Stats.Missed, run.Scheduler.Stats.Withdrawn));
    }

    [Fact]
    public void WithdrawingLeavesOtherDaysAlone()
    {
        using var run = new SchedulerRun(requestsPerSecond: 100);
        var otherDay = new PlannedSample(Show("tomorrow", Morning.AddDays(1)) with { Date = new DateOnly(2026, 1, 12) }, SampleKinds.Default[0]);
        run.Scheduler.Add([otherDay, Planned("today", Morning.AddHours(2))]);

        Assert.Equal(1, run.Scheduler.Withdraw(new DateOnly(2026, 1, 11), new Dictionary<string, DateTimeOffset>()));
        Assert.Equal(1, run.Scheduler.Outstanding);
    }

    [Fact]
    public async Task ANewPlanDropsTheSamplesItNoLongerWantsWithoutCountingThemWithdrawn()
    {
        using var run = new SchedulerRun(requestsPerSecond: 100);
        var start = Morning.AddHours(4);
        run.Scheduler.Add([Planned("chosen", start), Planned("dropped", start)]);

        // The design, made again with fewer reads left, no longer chooses one show; a later plan may choose it again.
        var dropped = run.Scheduler.Keep(new DateOnly(2026, 1, 11), new HashSet<string> { "chosen_final" });
        await run.RunUntilDrainedAsync();

        Assert.Equal(1, dropped);
        Assert.Equal(["chosen_final"], run.Taker.Taken.Select(t => t.Sample.DocumentId));
        Assert.Equal((1, 0, 0), (run.Scheduler.Stats.Planned, run.Scheduler.Stats.Withdrawn, run.Scheduler.Stats.Missed));
        Assert.Equal(1, run.Scheduler.Add([Planned("dropped", start)]));
    }

    private static PlannedSample Planned(string id, DateTimeOffset startsAt) =>
        new(Show(id, startsAt), SampleKinds.Default.Single(k => k.Name == SampleKinds.Final));

    private static PlannedSample Spare(string id, DateTimeOffset startsAt) => new(Show(id, startsAt), SampleKinds.CloseKind, Spare: true);

    /// <summary>A scheduler on a clock that moves only while the scheduler waits, run until nothing is left.</summary>
    private sealed class SchedulerRun : IDisposable
    {
        private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

        public SchedulerRun(double requestsPerSecond)
        {
            Clock = new VirtualClock(Morning);
            var stats = new SamplingStats();
            Taker = new FakeTaker(new LocalRequestBudget(requestsPerSecond, Clock), Clock, stats);
            var telemetry = new SeatTelemetry(new ScraperTelemetry(_meters.GetRequiredService<IMeterFactory>()));
            Scheduler = new SeatScheduler(Taker, Options.Create(new SamplingOptions { RetryDelay = TimeSpan.FromSeconds(30) }), Clock, stats, telemetry);
        }

        public VirtualClock Clock { get; }

        public FakeTaker Taker { get; }

        public SeatScheduler Scheduler { get; }

        public Task RunUntilDrainedAsync() => Clock.RunAsync(() => Scheduler.RunAsync(untilDrained: true, CancellationToken.None));

        public void Dispose()
        {
            Scheduler.Dispose();
            Clock.Dispose();
            _meters.Dispose();
        }
    }

    private sealed class FakeTaker(IRequestBudget budget, TimeProvider clock, SamplingStats stats) : ISeatSampleTaker
    {
        private readonly Lock _gate = new();

        public List<(PlannedSample Sample, DateTimeOffset At)> Taken { get; } = [];

        public Dictionary<string, Queue<SampleOutcome>> Answers { get; } = [];

        public Dictionary<string, int> Attempts { get; } = [];

        public async Task<(SampleOutcome Outcome, string? Reason)> TakeAsync(PlannedSample sample, CancellationToken cancellationToken)
        {
            await budget.WaitAsync(cancellationToken);
            lock (_gate)
            {
                Attempts[sample.DocumentId] = Attempts.GetValueOrDefault(sample.DocumentId) + 1;
                var outcome = Answers.TryGetValue(sample.DocumentId, out var queue) && queue.Count > 0 ? queue.Dequeue() : SampleOutcome.Taken;
                if (outcome == SampleOutcome.Taken)
                {
                    Taken.Add((sample, clock.GetUtcNow()));
                    stats.AddDone(false);
                }

                return (outcome, outcome is SampleOutcome.Failed or SampleOutcome.Gone ? "refused" : null);
            }
        }
    }
}
