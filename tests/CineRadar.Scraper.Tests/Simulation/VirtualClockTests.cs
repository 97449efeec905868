using System.Collections.Concurrent;
using CineRadar.Tools.Simulation;
using CineRadar.Scraper.Tests.Support;

namespace CineRadar.Scraper.Tests.Simulation;

[Collection(VirtualTimeTests.Name)]
public sealed class VirtualClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task JumpsToTheNextTimerWhenNothingElseIsGoingOn()
    {
        using var clock = new VirtualClock(Start);

        var woke = await clock.RunAsync(async () =>
        {
            await Task.Delay(TimeSpan.FromHours(5), clock);
            return clock.GetUtcNow();
        });

        Assert.Equal(Start.AddHours(5), woke);
    }

    [Fact]
    public async Task TimersFireInTheOrderOfTheirInstants()
    {
        using var clock = new VirtualClock(Start);
        var fired = new ConcurrentQueue<(int Hours, DateTimeOffset At)>();

        await clock.RunAsync(() => Task.WhenAll(new[] { 3, 1, 2 }.Select(async hours =>
        {
            await Task.Delay(TimeSpan.FromHours(hours), clock);
            fired.Enqueue((hours, clock.GetUtcNow()));
        })));

        Assert.Equal([(1, Start.AddHours(1)), (2, Start.AddHours(2)), (3, Start.AddHours(3))], fired);
    }

    [Fact]
    public async Task StandsStillWhileWorkIsRunning()
    {
        using var clock = new VirtualClock(Start);

        var (seen, woke) = await clock.RunAsync(async () =>
        {
            var delay = Task.Delay(TimeSpan.FromSeconds(1), clock);
            var seen = clock.GetUtcNow();
            // Busy on the clock's loop: the clock may not move however long this takes.
            for (var i = 0; i < 200_000 && seen == Start; i++)
            {
                Thread.SpinWait(20);
                seen = clock.GetUtcNow();
            }

            await delay;
            return (seen, clock.GetUtcNow());
        });

        Assert.Equal((Start, Start.AddSeconds(1)), (seen, woke));
    }

    [Fact]
    public async Task StandsStillWhileHeldEvenWhenThePoolIsIdle()
    {
        using var clock = new VirtualClock(Start);
        var hold = clock.Hold();
        var delay = clock.RunAsync(() => Task.Delay(TimeSpan.FromMinutes(10), clock));

        // A thread outside the pool waits, leaving the pool idle: only the hold keeps the clock.
        var moved = await MovesWhileWatchedAsync(clock);

        Assert.False(moved, "the clock moved while held");
        Assert.False(delay.IsCompleted);
        hold.Dispose();
        await delay;
        Assert.Equal(Start.AddMinutes(10), clock.GetUtcNow());
    }

    [Fact]
    public async Task APeriodicTimerFiresEveryPeriodUntilDisposed()
    {
        using var clock = new VirtualClock(Start);
        var ticks = new ConcurrentQueue<DateTimeOffset>();
        await clock.RunAsync(async () =>
        {
            var fifth = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            ITimer? timer = null;
            timer = clock.CreateTimer(_ =>
            {
                ticks.Enqueue(clock.GetUtcNow());
                if (ticks.Count == 5)
                {
                    timer!.Dispose();
                    fifth.SetResult();
                }
            }, null, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1));

            await fifth.Task;
            await Task.Delay(TimeSpan.FromHours(1), clock);
        });

        Assert.Equal(Enumerable.Range(2, 5).Select(m => Start.AddMinutes(m)), ticks);
    }

    [Fact]
    public async Task StandsStillWhileNothingRunsOnIt()
    {
        using var clock = new VirtualClock(Start);
        var due = Task.Delay(TimeSpan.FromMinutes(1), clock);

        // The loop is idle and a timer is due, yet no code runs on the clock: nothing may move it.
        var moved = await MovesWhileWatchedAsync(clock);

        Assert.False(moved, "the clock moved with no code running on it");
        Assert.False(due.IsCompleted);
        await clock.RunAsync(() => due);
        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow());
    }

    [Fact]
    public async Task AChangedTimerFiresAtItsNewInstantAndAStoppedOneNever()
    {
        using var clock = new VirtualClock(Start);
        var fired = new ConcurrentQueue<(string Name, DateTimeOffset At)>();
        var moved = clock.CreateTimer(_ => fired.Enqueue(("moved", clock.GetUtcNow())), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        var stopped = clock.CreateTimer(_ => fired.Enqueue(("stopped", clock.GetUtcNow())), null, TimeSpan.FromMinutes(2), Timeout.InfiniteTimeSpan);

        Assert.True(moved.Change(TimeSpan.FromMinutes(30), Timeout.InfiniteTimeSpan));
        Assert.True(stopped.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        await clock.RunAsync(() => Task.Delay(TimeSpan.FromHours(1), clock));

        Assert.Equal([("moved", Start.AddMinutes(30))], fired);
        moved.Dispose();
        Assert.False(moved.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        stopped.Dispose();
    }

    [Fact]
    public async Task AChainOfDelaysAddsUpExactly()
    {
        using var clock = new VirtualClock(Start);

        var times = await clock.RunAsync(async () =>
        {
            var seen = new List<DateTimeOffset>();
            for (var i = 0; i < 200; i++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), clock);
                seen.Add(clock.GetUtcNow());
            }

            return seen;
        });

        Assert.Equal(Enumerable.Range(1, 200).Select(i => Start.AddMilliseconds(250 * i)), times);
        Assert.Equal(TimeSpan.FromSeconds(50), clock.GetElapsedTime(Start.UtcTicks));
    }

    /// <summary>Watches the clock from a thread outside the pool for a moment, leaving the pool idle: true when it moved.</summary>
    private static Task<bool> MovesWhileWatchedAsync(VirtualClock clock) => Task.Factory.StartNew(() =>
    {
        for (var i = 0; i < 20; i++)
        {
            Thread.Sleep(5);
            if (clock.GetUtcNow() != Start)
            {
                return true;
            }
        }

        return false;
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
