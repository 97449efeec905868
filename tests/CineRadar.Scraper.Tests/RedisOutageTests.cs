using CineRadar.Core.Operations;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Budget;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace CineRadar.Scraper.Tests;

/// <summary>Redis goes away while the scraper works: data collection goes on, within a safe share of the budget.</summary>
public sealed class RedisOutageTests
{
    private static readonly DateTimeOffset Morning = DateTimeOffset.Parse("2026-01-11T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task WhileRedisIsDownTheBudgetKeepsToItsLocalShareAndSaysSoUntilRedisIsBack()
    {
        using var redis = await RedisServer.StartAsync();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(
            new ConfigurationOptions { EndPoints = { redis.Endpoint }, AbortOnConnectFail = false, AsyncTimeout = 1000, SyncTimeout = 1000 });
        var clock = new FakeTimeProvider(Morning);
        using var store = new TestStore(clock);
        var alerts = store.Get<IAlertStore>();
        var budget = new SharedRequestBudget(connection, 30, 3, alerts, clock, NullLogger<SharedRequestBudget>.Instance);

        await budget.WaitAsync(CancellationToken.None);
        Assert.False(budget.OnLocalShare);
        Assert.True(await connection.GetDatabase().KeyExistsAsync(RedisRequestBudget.Key), "the shared schedule lives in Redis");

        redis.Kill();
        await budget.WaitAsync(CancellationToken.None);

        Assert.True(budget.OnLocalShare);
        var alert = Assert.Single(await alerts.ListAsync(10));
        Assert.Equal((SharedRequestBudget.Code, AlertSeverity.Warning, true), (alert.Code, alert.Severity, alert.IsActive));
        Assert.Contains("10 req/s", alert.Message, StringComparison.Ordinal);
        // 30 req/s shared by 3 expected processes: alone, this one keeps to 10 req/s, a slot every 100 ms.
        var next = budget.WaitAsync(CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await next;

        await redis.RestartAsync();
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (budget.OnLocalShare)
        {
            // Each request on the local share starts a check of Redis once a probe interval has passed.
            clock.Advance(SharedRequestBudget.ProbeInterval);
            await budget.WaitAsync(hangGuard.Token);
            await Task.Delay(50, hangGuard.Token);
        }

        Assert.False(Assert.Single(await alerts.ListAsync(10)).IsActive);
        await budget.WaitAsync(CancellationToken.None);
        Assert.True(await connection.GetDatabase().KeyExistsAsync(RedisRequestBudget.Key), "the budget is shared through Redis again");
    }

    [Fact]
    public async Task SeatSamplingGoesOnWhenRedisIsKilled()
    {
        using var redis = await RedisServer.StartAsync();
        await using var harness = await ScraperHarness.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:cache"] = $"{redis.Endpoint},abortConnect=false,asyncTimeout=1000" });
        var swept = await harness.SweepAsync(ScraperHarness.Bandung);
        RunAssert.Succeeded(swept);

        redis.Kill();
        var queued = await harness.Runs.QueueAsync(
            new RunRequest(RunKind.Seats, swept.Date, [ScraperHarness.Bandung.Id], "test", "test"), [new RunItemSpec(ScraperHarness.Bandung.Id, "BANDUNG")]);
        var run = await harness.WorkUntilFinishedAsync(queued.Id);

        RunAssert.Succeeded(run);
        Assert.NotEmpty(await harness.Services.GetRequiredService<ISeatSampleStore>().GetSummariesAsync(swept.Date));
        var alert = Assert.Single(await harness.Services.GetRequiredService<IAlertStore>().ListAsync(10), a => a.Code == SharedRequestBudget.Code);
        Assert.True(alert.IsActive);
    }
}
