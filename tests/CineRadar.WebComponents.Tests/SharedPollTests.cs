using System.Globalization;
using CineRadar.WebComponents.Api;
using CineRadar.WebComponents.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace CineRadar.WebComponents.Tests;

/// <summary>The one watcher a site keeps of something in the Api for every live page: newest readings only, failures retried.</summary>
public sealed class SharedPollTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task SubscriberThatFallsBehindGetsOnlyTheNewestReading()
    {
        var reads = 0;
        using var poll = new SharedPoll<int>(_ => Task.FromResult(Interlocked.Increment(ref reads)), Stamp, Interval, TimeProvider.System, NullLogger.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var watch = poll.WatchAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        Assert.True(await watch.MoveNextAsync());
        var first = watch.Current.Value;
        while (Volatile.Read(ref reads) < first + 5)
        {
            await Task.Delay(Interval, timeout.Token);
        }

        Assert.True(await watch.MoveNextAsync());
        Assert.Equal(1, first);
        Assert.True(watch.Current.Value >= first + 4, $"after {first} came {watch.Current.Value}, not the newest");
        Assert.Equal(watch.Current.Value.ToString(CultureInfo.InvariantCulture), watch.Current.Stamp);
    }

    [Fact]
    public async Task ReadTheApiFailedIsTriedAgainAtTheNextInterval()
    {
        var reads = 0;
        using var poll = new SharedPoll<int>(
            _ => Interlocked.Increment(ref reads) == 1 ? throw ApiException.Unreachable(new HttpRequestException("refused")) : Task.FromResult(7),
            Stamp, Interval, TimeProvider.System, NullLogger.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var watch = poll.WatchAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        Assert.True(await watch.MoveNextAsync());

        Assert.Equal(new Stamped<int>("7", 7), watch.Current);
        Assert.True(poll.IsWatched);
    }

    [Fact]
    public async Task NothingIsKnownOnceNoOneWatches()
    {
        using var poll = new SharedPoll<int>(_ => Task.FromResult(3), Stamp, Interval, TimeProvider.System, NullLogger.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using (var watch = poll.WatchAsync(timeout.Token).GetAsyncEnumerator(timeout.Token))
        {
            Assert.True(await watch.MoveNextAsync());
            Assert.Equal("3", poll.Latest?.Stamp);
        }

        Assert.False(poll.IsWatched);
        Assert.Null(poll.Latest);
    }

    private static string Stamp(int value) => value.ToString(CultureInfo.InvariantCulture);
}
