using System.Globalization;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Sweeps;
using CineRadar.Scraper.Tests.Support;
using CineRadar.Scraper.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Scraper.Tests;

/// <summary>The daily sweep is queued once a day, however many workers start at once.</summary>
public sealed class DailySweepTests
{
    [Fact]
    public async Task TwoWorkersStartedTogetherQueueTheDayOnce()
    {
        // 08:00 WIB: both workers catch up on the 06:00 sweep as they start.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-11T01:00:00Z", CultureInfo.InvariantCulture));
        using var store = new TestStore(clock);
        var source = new MeetingCitySource();
        var log = new RecordingLogger<DailySweepService>();
        var workers = Enumerable.Range(0, 2).Select(_ => new DailySweepService(
            new SweepRequests(store.Get<IRunStore>(), new CityDirectory(store.Get<ICityStore>(), store.Get<IAlertStore>(), clock, NullLogger<CityDirectory>.Instance), source),
            store.Get<IRunStore>(),
            new LeaderLease(store.Get<ILeaseStore>(), clock),
            Options.Create(new SweepScheduleOptions()),
            new WorkerStatus(clock),
            clock,
            log)).ToList();

        await Task.WhenAll(workers.Select(w => Task.Run(() => w.StartAsync(CancellationToken.None))));
        await log.WaitForAsync(2, TimeSpan.FromSeconds(30));
        await Task.WhenAll(workers.Select(w => w.StopAsync(CancellationToken.None)));

        var run = Assert.Single(await store.Get<IRunStore>().ListAsync(10));
        Assert.Equal((DailySweepService.Trigger, new DateOnly(2026, 1, 11)), (run.Trigger, run.Date));
        Assert.Contains(log.Entries, e => e.StartsWith($"Daily sweep {run.Id} queued", StringComparison.Ordinal));
    }

    /// <summary>
    /// TIX's city list, read by a worker that found the day unqueued: it waits there (a while, in real time) for another
    /// worker to get as far, so two workers that both pass the check are sure to both go on and queue.
    /// </summary>
    private sealed class MeetingCitySource : ICatalogSource, ICatalogSourceProvider
    {
        private readonly TaskCompletionSource _second = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public ICatalogSource Current => this;

        public async Task<IReadOnlyList<TixCity>> GetCitiesAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _arrived) >= 2)
            {
                _second.TrySetResult();
            }

            await Task.WhenAny(_second.Task, Task.Delay(TimeSpan.FromSeconds(2), cancellationToken));
            var jakarta = Cities.FindByName("JAKARTA")!;
            return [new TixCity(jakarta.Id, jakarta.Name)];
        }

        public Task<ICitySession> OpenCityAsync(TixCity city, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
