using CineRadar.Scraper.Simulation;

namespace CineRadar.Scraper.Tests.Simulation;

public sealed class ScaledClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunsFasterThanRealTimeButNeverFasterThanItsSpeed()
    {
        var real = System.Diagnostics.Stopwatch.StartNew();
        using var clock = new ScaledClock(Start, 1000);

        await RunsOnAsync(clock, TimeSpan.FromSeconds(1));
        var elapsed = clock.GetUtcNow() - Start;

        Assert.True(elapsed >= TimeSpan.FromSeconds(1), $"{elapsed} elapsed");
        Assert.True(elapsed <= real.Elapsed * 1000, $"{elapsed} elapsed in {real.Elapsed}");
    }

    [Fact]
    public async Task IsMonotonic()
    {
        using var clock = new ScaledClock(Start, 5000);
        var last = clock.GetUtcNow();
        var until = DateTime.UtcNow.AddMilliseconds(100);
        while (DateTime.UtcNow < until)
        {
            var now = clock.GetUtcNow();
            Assert.True(now >= last, $"{now:O} came after {last:O}");
            last = now;
            await Task.Yield();
        }
    }

    [Fact]
    public async Task StandsStillWhileHeld()
    {
        using var clock = new ScaledClock(Start, 1000);

        using (clock.Hold())
        {
            var held = clock.GetUtcNow();
            await Task.Delay(30);
            Assert.Equal(held, clock.GetUtcNow());
        }

        await RunsOnAsync(clock, TimeSpan.FromSeconds(30));
        Assert.True(clock.GetUtcNow() - Start >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task DelaysEndOnTheClockNotOnTheWall()
    {
        using var clock = new ScaledClock(Start, 1000);
        var hold = clock.Hold();
        var delay = Task.Delay(TimeSpan.FromSeconds(10), clock);

        await Task.Delay(100);
        Assert.False(delay.IsCompleted, "ten clock seconds cannot pass while the clock is held");

        hold.Dispose();
        await delay.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(clock.GetUtcNow() - Start >= TimeSpan.FromSeconds(10));
    }

    /// <summary>Waits (a few seconds of real time at most) until the clock has run <paramref name="span"/>: it ticks only as the machine lets it.</summary>
    private static async Task RunsOnAsync(ScaledClock clock, TimeSpan span)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(10);
        while (clock.GetUtcNow() - Start < span && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(10);
        }
    }

    [Fact]
    public void RejectsAStoppedClock() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScaledClock(Start, 0));
}
