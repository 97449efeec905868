using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Scraper.SeatReads;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace CineRadar.Scraper.Tests.Seats;

/// <summary>
/// The daily cap on logged-in seat reads: each purpose within its part, every process together within the cap through
/// Redis, counting on alone while Redis is away, never below the store's count, and a new count at WIB midnight.
/// </summary>
public sealed class DailySeatReadTests
{
    // 10:00 WIB on 11 January.
    private static readonly DateTimeOffset Morning = DateTimeOffset.Parse("2026-01-11T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task DesignAndVisitorReadsEachStayWithinTheirPartOfTheCap()
    {
        var clock = new FakeTimeProvider(Morning);
        using var store = new TestStore(clock);
        var reads = Reads(store, new LocalSeatReadCounter(), clock, cap: 100, share: 0.1);

        var design = await TakeAllAsync(reads, SeatReadPurpose.Design, 150);
        var visitor = await TakeAllAsync(reads, SeatReadPurpose.Visitor, 30);

        Assert.Equal((90, 10), (design, visitor));
        var today = await reads.TodayAsync();
        Assert.Equal((100L, 90L, 10L, 10L), (today.Used, today.DesignUsed, today.VisitorUsed, today.Cap.VisitorReserve));
        Assert.Equal((0L, 0L), ((await reads.RemainingAsync(SeatReadPurpose.Design))!.Value, (await reads.RemainingAsync(SeatReadPurpose.Visitor))!.Value));
        Assert.Equal(DailySeatReads.CapReached, await reads.TakeAsync(SeatReadPurpose.Design));
        var stored = await store.Get<ISeatReadStore>().GetAsync(new DateOnly(2026, 1, 11));
        Assert.Equal((90L, 10L), (stored.DesignUsed, stored.VisitorUsed));
    }

    [Fact]
    public async Task NoCapWhenTheCapIsZero()
    {
        var clock = new FakeTimeProvider(Morning);
        using var store = new TestStore(clock);
        var reads = Reads(store, new LocalSeatReadCounter(), clock, cap: 0);

        Assert.Equal(500, await TakeAllAsync(reads, SeatReadPurpose.Design, 500));
        Assert.Null(await reads.RemainingAsync(SeatReadPurpose.Visitor));
    }

    [Fact]
    public async Task TheCountStartsAgainAtWibMidnight()
    {
        var clock = new FakeTimeProvider(Morning);
        using var store = new TestStore(clock);
        var reads = Reads(store, new LocalSeatReadCounter(), clock, cap: 10, share: 0);
        Assert.Equal(10, await TakeAllAsync(reads, SeatReadPurpose.Design, 20));

        clock.Advance(TimeSpan.FromHours(14) - TimeSpan.FromSeconds(1));
        Assert.False(await reads.TryTakeAsync(SeatReadPurpose.Design));
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(10, await TakeAllAsync(reads, SeatReadPurpose.Design, 20));
        Assert.Equal(new DateOnly(2026, 1, 12), (await reads.TodayAsync()).Date);
        Assert.Equal(10, (await store.Get<ISeatReadStore>().GetAsync(new DateOnly(2026, 1, 11))).DesignUsed);
    }

    [Fact]
    public async Task TwoProcessesSharingRedisNeverPassTheCapTogether()
    {
        using var redis = await RedisServer.StartAsync();
        await using var first = await redis.ConnectAsync();
        await using var second = await redis.ConnectAsync();
        var clock = new FakeTimeProvider(Morning);
        using var store = new TestStore(clock);
        var a = Reads(store, Shared(first, clock), clock, cap: 200, share: 0.05);
        var b = Reads(store, Shared(second, clock), clock, cap: 200, share: 0.05);

        var taken = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(i => TakeAllAsync(i % 2 == 0 ? a : b, i < 6 ? SeatReadPurpose.Design : SeatReadPurpose.Visitor, 60)));

        Assert.Equal(190, taken[..6].Sum());
        Assert.Equal(10, taken[6..].Sum());
        Assert.Equal(190, (long)await first.GetDatabase().StringGetAsync(RedisSeatReadCounter.Key(new DateOnly(2026, 1, 11), SeatReadPurpose.Design)));
        Assert.Equal(200L, (await b.TodayAsync()).Used);
    }

    [Fact]
    public async Task WhileRedisIsDownEachProcessCountsWithinItsShareAndTheTotalStaysWithinTheCap()
    {
        using var redis = await RedisServer.StartAsync();
        await using var first = await Connect(redis);
        await using var second = await Connect(redis);
        var clock = new FakeTimeProvider(Morning);
        using var store = new TestStore(clock);
        var counterA = Shared(first, clock);
        var counterB = Shared(second, clock);
        var a = Reads(store, counterA, clock, cap: 100, share: 0);
        var b = Reads(store, counterB, clock, cap: 100, share: 0);
        Assert.Equal(20, await TakeAllAsync(a, SeatReadPurpose.Design, 20));
        Assert.Equal(20, await TakeAllAsync(b, SeatReadPurpose.Design, 20));

        clock.Advance(DailySeatReads.StoreRefreshInterval);
        Assert.Equal(40L, (await a.TodayAsync()).Used);
        Assert.Equal(40L, (await b.TodayAsync()).Used);

        redis.Kill();
        var alone = await TakeAllAsync(a, SeatReadPurpose.Design, 100) + await TakeAllAsync(b, SeatReadPurpose.Design, 100);

        Assert.True(counterA.OnLocalCount && counterB.OnLocalCount);
        // 60 left when Redis went away, shared by 2 expected processes: 30 each.
        Assert.Equal(60, alone);

        await redis.RestartAsync();
        await WaitForRedisAsync(a, counterA, clock);
        await WaitForRedisAsync(b, counterB, clock);
        var after = await TakeAllAsync(a, SeatReadPurpose.Design, 100) + await TakeAllAsync(b, SeatReadPurpose.Design, 100);

        Assert.InRange(40 + alone + after, 0, 100);
        var shared = (long)await first.GetDatabase().StringGetAsync(RedisSeatReadCounter.Key(new DateOnly(2026, 1, 11), SeatReadPurpose.Design));
        Assert.True(shared >= 100, $"the reads counted alone are added to the shared count ({shared})");
    }

    [Fact]
    public async Task AFlushedRedisCountsOnFromTheStore()
    {
        using var redis = await RedisServer.StartAsync();
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"{redis.Endpoint},allowAdmin=true");
        var clock = new FakeTimeProvider(Morning);
        using var store = new TestStore(clock);
        var reads = Reads(store, Shared(connection, clock), clock, cap: 50, share: 0);
        Assert.Equal(30, await TakeAllAsync(reads, SeatReadPurpose.Design, 30));

        await connection.GetServers()[0].FlushAllDatabasesAsync();
        var fresh = Reads(store, Shared(connection, clock), clock, cap: 50, share: 0);

        Assert.Equal(30L, (await fresh.TodayAsync()).DesignUsed);
        Assert.Equal(20, await TakeAllAsync(fresh, SeatReadPurpose.Design, 50));
        Assert.Equal(50, (long)await connection.GetDatabase().StringGetAsync(RedisSeatReadCounter.Key(new DateOnly(2026, 1, 11), SeatReadPurpose.Design)));
    }

    internal static DailySeatReads Reads(TestStore store, ISeatReadCounter counter, TimeProvider clock, int cap = 100, double share = 0.03) =>
        new(counter, store.Get<ISeatReadStore>(), store.Get<IAlertStore>(),
            Options.Create(new SamplingOptions { DailyRequestCap = cap, VisitorShare = share }), clock, NullLogger<DailySeatReads>.Instance);

    private static SharedSeatReadCounter Shared(IConnectionMultiplexer redis, TimeProvider clock) =>
        new(redis, expectedProcesses: 2, clock, NullLogger<SharedSeatReadCounter>.Instance);

    private static Task<ConnectionMultiplexer> Connect(RedisServer redis) => ConnectionMultiplexer.ConnectAsync(
        new ConfigurationOptions { EndPoints = { redis.Endpoint }, AbortOnConnectFail = false, AsyncTimeout = 1000, SyncTimeout = 1000 });

    private static async Task<int> TakeAllAsync(DailySeatReads reads, SeatReadPurpose purpose, int tries)
    {
        var taken = 0;
        for (var i = 0; i < tries; i++)
        {
            if (await reads.TryTakeAsync(purpose))
            {
                taken++;
            }
        }

        return taken;
    }

    private static async Task WaitForRedisAsync(DailySeatReads reads, SharedSeatReadCounter counter, FakeTimeProvider clock)
    {
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (counter.OnLocalCount)
        {
            // A read on the local count starts a check of Redis once a probe interval has passed.
            clock.Advance(SharedSeatReadCounter.ProbeInterval);
            await reads.TodayAsync(hangGuard.Token);
            await Task.Delay(50, hangGuard.Token);
        }
    }
}
