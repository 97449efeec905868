using CineRadar.Core.Sampling;

namespace CineRadar.Data.Tests.Contract;

/// <summary>Visitors' reading requests: one pending per showtime, one per showtime per interval, finished once.</summary>
public abstract partial class StoreContractTests
{
    private static readonly TimeSpan ReadingInterval = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task ReadingIsRequestedOncePerShowtimePerInterval()
    {
        Assert.True(await ReadingRequests.RequestAsync("st-1", TestData.Date, ReadingInterval));
        Assert.False(await ReadingRequests.RequestAsync("st-1", TestData.Date, ReadingInterval));
        Assert.True(await ReadingRequests.RequestAsync("st-2", TestData.Date, ReadingInterval));

        Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await ReadingRequests.RequestAsync("st-1", TestData.Date, ReadingInterval));
        var pending = await ReadingRequests.ListPendingAsync(10);
        Assert.Equal(["st-1", "st-2"], pending.Select(r => r.ShowtimeId));
        Assert.All(pending, r => Assert.Equal(ReadingRequestStatuses.Pending, r.Status));
        Assert.Equal(TestData.Date, pending[0].Date);

        Clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.True(await ReadingRequests.RequestAsync("st-1", TestData.Date, ReadingInterval));
        var again = await ReadingRequests.ListPendingAsync(10);
        Assert.Equal(["st-2", "st-1"], again.Select(r => r.ShowtimeId));
        Assert.Equal(Clock.GetUtcNow(), again[1].RequestedAt);
    }

    [Fact]
    public async Task ReadingRequestsAskedAtOnceMakeOne()
    {
        var asked = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ReadingRequests.RequestAsync("st-1", TestData.Date, ReadingInterval)));

        Assert.Single(asked, a => a);
        Assert.Single(await ReadingRequests.ListPendingAsync(10));
    }

    [Fact]
    public async Task FinishedReadingRequestLeavesThePendingListOnce()
    {
        await ReadingRequests.RequestAsync("st-1", TestData.Date, ReadingInterval);
        await ReadingRequests.RequestAsync("st-2", TestData.Date, ReadingInterval);
        var pending = await ReadingRequests.ListPendingAsync(10);

        Assert.True(await ReadingRequests.FinishAsync(pending[0], ReadingRequestStatuses.Done, null));
        Assert.False(await ReadingRequests.FinishAsync(pending[0], ReadingRequestStatuses.Failed, "again"));
        Assert.True(await ReadingRequests.FinishAsync(pending[1], ReadingRequestStatuses.Failed, "the show started"));
        Assert.Empty(await ReadingRequests.ListPendingAsync(10));

        // A finished request still holds the showtime's interval; after it, the showtime may be asked for again.
        Assert.False(await ReadingRequests.RequestAsync("st-1", TestData.Date, ReadingInterval));
        Clock.Advance(ReadingInterval + TimeSpan.FromSeconds(1));
        Assert.True(await ReadingRequests.RequestAsync("st-1", TestData.Date, ReadingInterval));
        var renewed = Assert.Single(await ReadingRequests.ListPendingAsync(10));
        Assert.Null(renewed.Note);
        Assert.Null(renewed.FinishedAt);

        // The older request of the same showtime cannot finish the new one.
        Assert.False(await ReadingRequests.FinishAsync(pending[0], ReadingRequestStatuses.Done, null));
        await Assert.ThrowsAsync<ArgumentException>(() => ReadingRequests.FinishAsync(renewed, ReadingRequestStatuses.Pending, null));
    }
}
