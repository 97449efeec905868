using CineRadar.Scraper.Budget;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Scraper.Tests;

public sealed class BudgetTests
{
    [Fact]
    public async Task LocalBudgetSpacesRequestsEvenlyOnItsClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-11T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var budget = new LocalRequestBudget(2, clock);

        var waits = Enumerable.Range(0, 3).Select(_ => budget.WaitAsync(CancellationToken.None).AsTask()).ToList();

        Assert.True(waits[0].IsCompleted);
        Assert.False(waits[1].IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(waits[1].IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await waits[1];
        Assert.False(waits[2].IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        await waits[2];
    }

    [Fact]
    public async Task IdleLocalBudgetDoesNotSaveUpABurst()
    {
        var clock = new FakeTimeProvider();
        var budget = new LocalRequestBudget(1, clock);
        await budget.WaitAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));

        await budget.WaitAsync(CancellationToken.None);
        var third = budget.WaitAsync(CancellationToken.None).AsTask();

        Assert.False(third.IsCompleted);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void NonsenseRateIsRefused(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocalRequestBudget(rate, TimeProvider.System));

    [Fact]
    public async Task TwoProcessesSharingRedisTakeDistinctEvenlySpacedSlots()
    {
        using var redis = await RedisServer.StartAsync();
        await using var first = await redis.ConnectAsync();
        await using var second = await redis.ConnectAsync();
        var a = new RedisRequestBudget(first, 20, TimeProvider.System);
        var b = new RedisRequestBudget(second, 20, TimeProvider.System);
        // The schedule is booked ten seconds ahead, as it is when requests queue for the budget: however late each
        // reservation reaches Redis (a busy machine), it takes the next slot after the last one.
        var (_, now) = await a.ReserveAsync();
        var booked = now + 10_000_000;
        await first.GetDatabase().StringSetAsync(RedisRequestBudget.Key, booked);

        var reservations = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? a : b).ReserveAsync()));

        var slots = reservations.Select(r => r.Slot).Order().ToList();
        Assert.Equal(40, slots.Distinct().Count());
        Assert.Equal(booked, slots[0]);
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(a.IntervalMicroseconds, pair.Second - pair.First));
    }
}
