using CineRadar.Core.Runs;

namespace CineRadar.Data.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static RunRequest Request(string by = "admin") =>
        new(RunKind.Schedules, TestData.Date, [TestData.Jakarta.Id, TestData.Bandung.Id], by, "admin", TraceId: "trace-1");

    private static RunItemSpec[] Items() => [new(TestData.Jakarta.Id, "JAKARTA"), new(TestData.Bandung.Id, "BANDUNG")];

    [Fact]
    public async Task QueuedRunHasItsCitiesAndAPublishStep()
    {
        var run = await Runs.QueueAsync(Request(), Items());

        Assert.Equal(RunStatus.Queued, run.Status);
        Assert.Equal(["JAKARTA", "BANDUNG", "Validate and publish"], run.Items.Select(i => i.Label));
        Assert.True(run.Items[^1].IsPublishStep);
        Assert.Equal(2, run.ItemsTotal);
        Assert.All(run.Items, i => Assert.Equal(WorkItemStatus.Pending, i.Status));
        Assert.Equal("admin", run.RequestedBy);
        Assert.Equal("trace-1", run.TraceId);
        Assert.Equal(Clock.GetUtcNow(), run.CreatedAt);
        Assert.Contains("_schedules_", run.Id, StringComparison.Ordinal);
        Assert.Equal(run.Id, (await Runs.GetAsync(run.Id))!.Id);
        Assert.Null(await Runs.GetAsync("no-such-run"));
    }

    [Fact]
    public async Task WorkersShareARunAndPublishOnlyAfterEveryCity()
    {
        var run = await Runs.QueueAsync(Request(), Items());

        var a = await Runs.ClaimAsync("worker-a", Lease);
        var b = await Runs.ClaimAsync("worker-b", Lease);
        Assert.NotNull(a);
        Assert.NotNull(b);
        Assert.Equal([TestData.Jakarta.Id, TestData.Bandung.Id], new[] { a.Key, b.Key });
        Assert.Null(await Runs.ClaimAsync("worker-c", Lease));
        Assert.Equal(RunStatus.Running, (await Runs.GetAsync(run.Id))!.Status);

        await Runs.CompleteAsync(a, new WorkItemOutcome(WorkItemStatus.Ok, null, 2, 2, 4, 7, "trace-a"), [TestData.JakartaSweep()]);
        Assert.Null(await Runs.ClaimAsync("worker-a", Lease));
        await Runs.CompleteAsync(b, WorkItemOutcome.Failed("TIX answered 500 three times", 3), []);

        var publish = await Runs.ClaimAsync("worker-a", Lease);
        Assert.NotNull(publish);
        Assert.True(publish.IsPublishStep);
        var staged = await Runs.GetStagedAsync(run.Id);
        Assert.Equal(TestData.Jakarta.Id, Assert.Single(staged).CityId);
        Assert.Equal(4, staged[0].Schedules.SelectMany(s => s.Theatres).Sum(t => t.ShowtimeCount));
        await Runs.FinishAsync(publish, RunStatus.Partial, "1 of 2 cities failed");

        var finished = await Runs.GetAsync(run.Id);
        Assert.Equal(RunStatus.Partial, finished!.Status);
        Assert.True(finished.IsFinished);
        Assert.Equal("1 of 2 cities failed", finished.Error);
        Assert.Equal(2, finished.ItemsFinished);
        Assert.Equal(1, finished.ItemsFailed);
        var jakarta = finished.Items[0];
        Assert.Equal((WorkItemStatus.Ok, 2, 4, 7, "trace-a"), (jakarta.Status, jakarta.Movies, jakarta.Showtimes, jakarta.Requests, jakarta.TraceId));
        Assert.Equal("TIX answered 500 three times", finished.Items[1].Reason);
        Assert.NotNull(finished.StartedAt);
        Assert.NotNull(finished.FinishedAt);
        Assert.Null(await Runs.ClaimAsync("worker-a", Lease));
    }

    [Fact]
    public async Task ConcurrentClaimersNeverHoldTheSameItem()
    {
        var cities = Enumerable.Range(0, 12).Select(i => new RunItemSpec($"city-{i:00}", $"CITY {i}")).ToArray();
        await Runs.QueueAsync(Request(), cities);

        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(w => Task.Run(() => Runs.ClaimAsync($"worker-{w}", Lease))));

        var held = claims.Where(c => c is not null).Select(c => c!.Key).ToList();
        Assert.Equal(12, held.Count);
        Assert.Equal(12, held.Distinct().Count());
    }

    [Fact]
    public async Task ExpiredLeaseIsClaimedAgainAndTheOldHolderCannotComplete()
    {
        var run = await Runs.QueueAsync(Request(), Items());
        var first = (await Runs.ClaimAsync("worker-a", Lease))!;
        var renewed = await Runs.RenewAsync(first, Lease);
        Assert.Equal(Clock.GetUtcNow() + Lease, renewed.LeaseUntil);

        Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var second = (await Runs.ClaimAsync("worker-b", Lease))!;

        Assert.Equal(first.Key, second.Key);
        Assert.Equal(2, second.Attempt);
        await Assert.ThrowsAsync<LeaseLostException>(() => Runs.CompleteAsync(first, new WorkItemOutcome(WorkItemStatus.Empty, null, 0, 0, 0, 1), []));
        await Assert.ThrowsAsync<LeaseLostException>(() => Runs.RenewAsync(first, Lease));
        await Runs.CompleteAsync(second, new WorkItemOutcome(WorkItemStatus.Empty, null, 0, 0, 0, 1), []);
        var item = (await Runs.GetAsync(run.Id))!.Items[0];
        Assert.Equal((WorkItemStatus.Empty, "worker-b", 2), (item.Status, item.Owner, item.Attempts));
    }

    [Fact]
    public async Task FailedCityWaitsForItsRetryTimeAndKeepsItsAttemptsAndRequests()
    {
        var run = await Runs.QueueAsync(Request(), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);
        var first = (await Runs.ClaimAsync("worker-a", Lease))!;

        await Runs.RetryLaterAsync(first, WorkItemOutcome.Failed("movie list: TIX movies answered 502", 7, "trace-1"), Clock.GetUtcNow().AddSeconds(30));

        var waiting = (await Runs.GetAsync(run.Id))!.Items[0];
        Assert.Equal((WorkItemStatus.Pending, 1, 7, "movie list: TIX movies answered 502"), (waiting.Status, waiting.Attempts, waiting.Requests, waiting.Reason));
        Assert.Equal(Clock.GetUtcNow().AddSeconds(30), waiting.RetryAt);
        Assert.Null(waiting.Owner);
        Assert.False(waiting.IsFinished);
        Assert.Null(await Runs.ClaimAsync("worker-b", Lease));
        await Assert.ThrowsAsync<LeaseLostException>(() => Runs.CompleteAsync(first, new WorkItemOutcome(WorkItemStatus.Ok, null, 1, 1, 1, 1), []));
        await Assert.ThrowsAsync<LeaseLostException>(() => Runs.RetryLaterAsync(first, WorkItemOutcome.Failed("again"), Clock.GetUtcNow()));

        Clock.Advance(TimeSpan.FromSeconds(30));
        var second = (await Runs.ClaimAsync("worker-b", Lease))!;
        Assert.Equal((TestData.Jakarta.Id, 2), (second.Key, second.Attempt));
        await Runs.CompleteAsync(second, new WorkItemOutcome(WorkItemStatus.Ok, null, 2, 2, 4, 5), [TestData.JakartaSweep()]);

        var done = (await Runs.GetAsync(run.Id))!.Items[0];
        Assert.Equal((WorkItemStatus.Ok, 2, 12, "worker-b"), (done.Status, done.Attempts, done.Requests, done.Owner));
        Assert.Null(done.RetryAt);
        Assert.True((await Runs.ClaimAsync("worker-a", Lease))!.IsPublishStep);
        await Assert.ThrowsAsync<ArgumentException>(() => Runs.RetryLaterAsync(second, new WorkItemOutcome(WorkItemStatus.Ok, null, 0, 0, 0, 0), Clock.GetUtcNow()));
    }

    [Fact]
    public async Task HeldRunKeepsItsStagedResultsAndIsPublishedAnywayWhenAsked()
    {
        var run = await Runs.QueueAsync(Request(), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);
        var city = (await Runs.ClaimAsync("worker-a", Lease))!;
        await Runs.CompleteAsync(city, new WorkItemOutcome(WorkItemStatus.Ok, null, 2, 2, 4, 5), [TestData.JakartaSweep()]);
        var publish = (await Runs.ClaimAsync("worker-a", Lease))!;
        Assert.False(await Runs.PublishAnywayAsync(run.Id), "a running run is not held");

        await Runs.FinishAsync(publish, RunStatus.Held, "held: too few showtimes");

        var held = (await Runs.GetAsync(run.Id))!;
        Assert.Equal((RunStatus.Held, "held: too few showtimes", false), (held.Status, held.Error, held.PublishAnyway));
        Assert.True(held.IsFinished);
        Assert.False(held.IsPublished);
        Assert.Single(await Runs.GetStagedAsync(run.Id));
        Assert.Null(await Runs.ClaimAsync("worker-b", Lease));

        Assert.True(await Runs.PublishAnywayAsync(run.Id));
        Assert.False(await Runs.PublishAnywayAsync(run.Id));
        Assert.False(await Runs.PublishAnywayAsync("no-such-run"));
        var reopened = (await Runs.GetAsync(run.Id))!;
        Assert.Equal((RunStatus.Running, true), (reopened.Status, reopened.PublishAnyway));
        var again = (await Runs.ClaimAsync("worker-b", Lease))!;
        Assert.True(again.IsPublishStep);
        await Runs.FinishAsync(again, RunStatus.Success, null);
        Assert.True((await Runs.GetAsync(run.Id))!.IsPublished);
    }

    [Fact]
    public async Task CompletedItemCannotBeCompletedAgainAndKeepsItsStagedResults()
    {
        var run = await Runs.QueueAsync(Request(), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);
        var lease = (await Runs.ClaimAsync("worker-a", Lease))!;
        await Runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Ok, null, 2, 2, 4, 5), [TestData.JakartaSweep(), TestData.JakartaSweep(TestData.Date.AddDays(1))]);

        await Assert.ThrowsAsync<LeaseLostException>(() => Runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Ok, null, 2, 2, 4, 5), []));

        Assert.Equal([TestData.Date, TestData.Date.AddDays(1)], (await Runs.GetStagedAsync(run.Id)).Select(s => s.Date));
    }

    [Fact]
    public async Task StagedResultsOfOneRunAreDeletedAndOtherRunsKeepTheirs()
    {
        var published = await Runs.QueueAsync(Request(), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var held = await Runs.QueueAsync(Request(), [new RunItemSpec(TestData.Bandung.Id, "BANDUNG")]);
        var jakarta = (await Runs.ClaimAsync("worker-a", Lease))!;
        var bandung = (await Runs.ClaimAsync("worker-b", Lease))!;
        await Runs.CompleteAsync(jakarta, new WorkItemOutcome(WorkItemStatus.Ok, null, 2, 2, 4, 5), [TestData.JakartaSweep(), TestData.JakartaSweep(TestData.Date.AddDays(1))]);
        await Runs.CompleteAsync(bandung, new WorkItemOutcome(WorkItemStatus.Ok, null, 1, 1, 1, 2), [TestData.BandungSweep()]);

        await Runs.DeleteStagedAsync(published.Id);

        Assert.Empty(await Runs.GetStagedAsync(published.Id));
        Assert.Equal(TestData.Bandung.Id, Assert.Single(await Runs.GetStagedAsync(held.Id)).CityId);
        Assert.Equal(WorkItemStatus.Ok, (await Runs.GetAsync(published.Id))!.Items[0].Status);
        await Runs.DeleteStagedAsync(published.Id);
        await Runs.DeleteStagedAsync("no-such-run");
    }

    [Fact]
    public async Task RunsListNewestFirstAndOlderRunsAreClaimedFirst()
    {
        var older = await Runs.QueueAsync(Request("first"), Items());
        Clock.Advance(TimeSpan.FromSeconds(1));
        var newer = await Runs.QueueAsync(Request("second"), Items());

        Assert.Equal([newer.Id, older.Id], (await Runs.ListAsync(10)).Select(r => r.Id));
        Assert.Single(await Runs.ListAsync(1));
        Assert.Equal(older.Id, (await Runs.ClaimAsync("worker-a", Lease))!.RunId);
    }

    [Fact]
    public async Task MisusedRunCallsAreRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Runs.QueueAsync(Request(), []));
        await Runs.QueueAsync(Request(), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);
        var lease = (await Runs.ClaimAsync("worker-a", Lease))!;
        await Assert.ThrowsAsync<ArgumentException>(() => Runs.FinishAsync(lease, RunStatus.Success, null));
        await Assert.ThrowsAsync<ArgumentException>(() => Runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Claimed, null, 0, 0, 0, 0), []));
    }
}
