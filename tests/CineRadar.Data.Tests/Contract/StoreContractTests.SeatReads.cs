using CineRadar.Core.Sampling;

namespace CineRadar.Data.Tests.Contract;

/// <summary>The day's logged-in seat reads: counts that never go down, and a halt that holds until it is lifted.</summary>
public abstract partial class StoreContractTests
{
    private static readonly DateOnly ReadDay = new(2026, 1, 11);

    [Fact]
    public async Task SeatReadCountsAreKeptPerDayAndNeverLowered()
    {
        Assert.Equal(SeatReadDay.Empty(ReadDay), await SeatReads.GetAsync(ReadDay));

        await SeatReads.RecordUsedAsync(ReadDay, 120, 4);
        await SeatReads.RecordUsedAsync(ReadDay, 90, 7);
        await SeatReads.RecordUsedAsync(ReadDay.AddDays(1), 3, 0);

        var day = await SeatReads.GetAsync(ReadDay);
        Assert.Equal((120L, 7L, 127L), (day.DesignUsed, day.VisitorUsed, day.Used));
        Assert.False(day.IsHalted);
        Assert.Equal(3, (await SeatReads.GetAsync(ReadDay.AddDays(1))).DesignUsed);
    }

    [Fact]
    public async Task SeatReadCountsRecordedAtOnceKeepTheHighest()
    {
        await Task.WhenAll(Enumerable.Range(1, 8).Select(n => SeatReads.RecordUsedAsync(ReadDay, n * 10, n)));

        var day = await SeatReads.GetAsync(ReadDay);
        Assert.Equal((80L, 8L), (day.DesignUsed, day.VisitorUsed));
    }

    [Fact]
    public async Task SeatReadHaltKeepsItsFirstReasonUntilResumedAndKeepsTheCounts()
    {
        await SeatReads.RecordUsedAsync(ReadDay, 50, 2);
        var at = Clock.GetUtcNow();

        Assert.True(await SeatReads.HaltAsync(ReadDay, at, "3 seat maps in a row answered 403"));
        Assert.False(await SeatReads.HaltAsync(ReadDay, at.AddMinutes(5), "a captcha page"));
        var halted = await SeatReads.GetAsync(ReadDay);
        Assert.Equal((at, "3 seat maps in a row answered 403", 50L), (halted.HaltedAt, halted.HaltReason, halted.DesignUsed));
        Assert.False((await SeatReads.GetAsync(ReadDay.AddDays(1))).IsHalted);

        Assert.True(await SeatReads.ResumeAsync(ReadDay));
        Assert.False(await SeatReads.ResumeAsync(ReadDay));
        var resumed = await SeatReads.GetAsync(ReadDay);
        Assert.Equal(new SeatReadDay(ReadDay, 50, 2, null, null), resumed);

        Assert.True(await SeatReads.HaltAsync(ReadDay.AddDays(2), at, "a captcha page"));
        Assert.Equal(0, (await SeatReads.GetAsync(ReadDay.AddDays(2))).Used);
    }
}
