using CineRadar.Core.Runs;

namespace CineRadar.Data.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ResweptShowtimesKeepWhenTheyWereAddedMovedAndCancelled()
    {
        await Catalog.PublishAsync(TestData.Publication(TestData.ResweptJakarta()));

        var schedule = await Catalog.GetMovieScheduleAsync(TestData.Date, TestData.KeretaMalam.Id);

        var shows = schedule!.Theatres.Single(t => t.TheatreId == "1100000000000000007").Rooms.SelectMany(r => r.Showtimes).ToDictionary(s => s.Id);
        Assert.Equal((null, null, null), (shows["2000000000000000101"].AddedAt, shows["2000000000000000101"].MovedFrom, shows["2000000000000000101"].CancelledAt));
        Assert.Equal(TestData.MovedFrom, shows["2000000000000000102"].MovedFrom);
        Assert.True(shows["2000000000000000102"].IsBookable);
        Assert.Equal(TestData.AddedAt, shows["2000000000000000109"].AddedAt);
        Assert.Null(shows["2000000000000000109"].CancelledAt);
        var cancelled = shows["2000000000000000103"];
        Assert.Equal(TestData.CancelledAt, cancelled.CancelledAt);
        Assert.True(cancelled.IsCancelled);
        Assert.False(cancelled.IsBookable);
        Assert.Equal(1, cancelled.Status);
    }

    [Fact]
    public async Task StagedResweepKeepsTheShowtimeChanges()
    {
        var run = await Runs.QueueAsync(Request() with { Kind = RunKind.Resweep }, [new(TestData.Jakarta.Id, "JAKARTA")]);
        var city = (await Runs.ClaimAsync("worker-a", Lease))!;

        await Runs.CompleteAsync(city, new WorkItemOutcome(WorkItemStatus.Ok, null, 2, 2, 5, 3, Added: 1, Moved: 1, Cancelled: 1), [TestData.ResweptJakarta()]);

        var shows = Assert.Single(await Runs.GetStagedAsync(run.Id)).Schedules[0].Theatres[0].Rooms.SelectMany(r => r.Showtimes).ToDictionary(s => s.Id);
        Assert.Equal(TestData.MovedFrom, shows["2000000000000000102"].MovedFrom);
        Assert.Equal(TestData.AddedAt, shows["2000000000000000109"].AddedAt);
        Assert.Equal(TestData.CancelledAt, shows["2000000000000000103"].CancelledAt);
    }

    [Fact]
    public async Task ResweepItemKeepsItsAddedMovedAndCancelledCounts()
    {
        var run = await Runs.QueueAsync(Request() with { Kind = RunKind.Resweep }, Items());
        var jakarta = (await Runs.ClaimAsync("worker-a", Lease))!;
        var bandung = (await Runs.ClaimAsync("worker-b", Lease))!;

        await Runs.CompleteAsync(jakarta, new WorkItemOutcome(WorkItemStatus.Ok, null, 2, 2, 5, 3, Added: 4, Moved: 2, Cancelled: 1), []);
        await Runs.CompleteAsync(bandung, new WorkItemOutcome(WorkItemStatus.Empty, null, 0, 0, 0, 1), []);

        var stored = (await Runs.GetAsync(run.Id))!;
        Assert.Equal(RunKind.Resweep, stored.Kind);
        Assert.Equal((4, 2, 1), (stored.Items[0].Added, stored.Items[0].Moved, stored.Items[0].Cancelled));
        Assert.Equal((0, 0, 0), (stored.Items[1].Added, stored.Items[1].Moved, stored.Items[1].Cancelled));
        var listed = (await Runs.ListAsync(5)).Single(r => r.Id == run.Id);
        Assert.Equal((4, 2, 1), (listed.Items[0].Added, listed.Items[0].Moved, listed.Items[0].Cancelled));
    }
}
