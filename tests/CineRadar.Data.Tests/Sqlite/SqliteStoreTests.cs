using CineRadar.Core.Runs;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Data.Sqlite;
using CineRadar.Data.Tests.Contract;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Data.Tests.Sqlite;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-sqlite-").FullName;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-11T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private string DatabasePath => Path.Combine(_directory, "nested", "cineradar.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task DatabaseIsCreatedMigratedAndInWalMode()
    {
        await using var services = SqliteTestStore.Create(DatabasePath, _clock);

        Assert.Equal(0, await services.GetRequiredService<IDataVersionStore>().GetAsync());

        Assert.True(File.Exists(DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode;"));
        Assert.Equal(SqliteSchema.LatestVersion, await connection.ExecuteScalarAsync<long>("PRAGMA user_version;"));
    }

    [Fact]
    public async Task ReopeningKeepsTheDataAndDoesNotMigrateAgain()
    {
        await using (var first = SqliteTestStore.Create(DatabasePath, _clock))
        {
            await first.GetRequiredService<ICatalogStore>().PublishAsync(TestData.Publication(TestData.JakartaSweep()));
            await first.GetRequiredService<IDataVersionStore>().BumpAsync();
        }

        await using var second = SqliteTestStore.Create(DatabasePath, _clock);
        Assert.Equal(1, await second.GetRequiredService<IDataVersionStore>().GetAsync());
        Assert.NotNull(await second.GetRequiredService<ICatalogStore>().GetSnapshotAsync(TestData.Date));
    }

    [Fact]
    public async Task DataStoredBeforeSeatPositionsAndCityRetriesIsMigratedAndReadWithoutThem()
    {
        string runId;
        await using (var first = SqliteTestStore.Create(DatabasePath, _clock))
        {
            await first.GetRequiredService<IAdmissionsStore>().SaveAsync(TestData.Date,
                [TestData.Estimate("2000000000000000102", 180, 120, 42_500)], [TestData.Rollup(RollupDimension.Movie, "m1", 150)]);
            await first.GetRequiredService<ISeatSampleStore>().UpsertAsync(
                [TestData.Sample("2000000000000000102", "t60", TestData.ScrapedAt, TestData.Layout(("A", "10_01")))]);
            runId = (await first.GetRequiredService<IRunStore>().QueueAsync(
                new RunRequest(RunKind.Schedules, TestData.Date, [], "admin", "admin"), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")])).Id;
        }

        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            // The schema as it stood at version 2.
            await connection.ExecuteAsync(
                "ALTER TABLE seat_samples DROP COLUMN room_key; ALTER TABLE seat_samples DROP COLUMN unavailable_seats; "
                + "ALTER TABLE work_items DROP COLUMN retry_at; ALTER TABLE runs DROP COLUMN publish_anyway; DROP TABLE added_cities; "
                + "DROP TABLE data_protection_keys; DROP TABLE sign_in_failures; DROP TABLE reading_requests; "
                + "ALTER TABLE work_items DROP COLUMN added; ALTER TABLE work_items DROP COLUMN moved; ALTER TABLE work_items DROP COLUMN cancelled; "
                + "ALTER TABLE showtime_estimates DROP COLUMN admissions_low; ALTER TABLE showtime_estimates DROP COLUMN admissions_high; "
                + "ALTER TABLE daily_rollups DROP COLUMN admissions_low; ALTER TABLE daily_rollups DROP COLUMN admissions_high; "
                + "ALTER TABLE daily_rollups DROP COLUMN gross_low; ALTER TABLE daily_rollups DROP COLUMN gross_high; DROP TABLE seat_reads; "
                + "DROP TABLE webhook_subscriptions; DROP TABLE webhook_deliveries; DROP TABLE webhook_key_ring; "
                + "ALTER TABLE daily_rollups DROP COLUMN admissions_so_far; ALTER TABLE daily_rollups DROP COLUMN gross_so_far; "
                + "PRAGMA user_version = 2;");
        }

        SqliteConnection.ClearAllPools();
        await using var second = SqliteTestStore.Create(DatabasePath, _clock);
        var summary = Assert.Single(await second.GetRequiredService<ISeatSampleStore>().GetSummariesAsync(TestData.Date));
        Assert.Equal((2, "", ""), (summary.Unavailable, summary.RoomKey, summary.UnavailableSeats));
        var runs = second.GetRequiredService<IRunStore>();
        Assert.All((await runs.GetAsync(runId))!.Items, i => Assert.Null(i.RetryAt));
        Assert.All((await runs.GetAsync(runId))!.Items, i => Assert.Equal((0, 0, 0), (i.Added, i.Moved, i.Cancelled)));
        Assert.Equal(TestData.Jakarta.Id, (await runs.ClaimAsync("worker", TimeSpan.FromMinutes(1)))!.Key);
        Assert.Empty(await second.GetRequiredService<ICityStore>().ListAsync());
        Assert.Empty(await second.GetRequiredService<IDataProtectionKeyStore>().ListAsync());
        Assert.Equal(0, await second.GetRequiredService<ISignInFailureStore>().CountAsync("dewi", TestData.ScrapedAt));
        var admissions = second.GetRequiredService<IAdmissionsStore>();
        var estimate = Assert.Single(await admissions.GetEstimatesAsync(TestData.Date));
        Assert.Equal((120, 120), (estimate.AdmissionsLow, estimate.AdmissionsHigh));
        var rollup = Assert.Single(await admissions.GetRollupsAsync(TestData.Date, RollupDimension.Movie));
        Assert.Equal((150L, 150L, 150L * 40_000, 150L * 40_000), (rollup.AdmissionsLow, rollup.AdmissionsHigh, rollup.GrossLow, rollup.GrossHigh));
        Assert.Equal((null, null, false), (rollup.AdmissionsSoFar, rollup.GrossSoFar, rollup.IsProjection));
        Assert.Empty(await second.GetRequiredService<IReadingRequestStore>().ListPendingAsync(10));
        Assert.Equal(0, (await second.GetRequiredService<ISeatReadStore>().GetAsync(TestData.Date)).Used);
    }

    [Fact]
    public async Task TwoStoresOnOneFileWriteAndReadAtTheSameTime()
    {
        await using var scraper = SqliteTestStore.Create(DatabasePath, _clock);
        await using var api = SqliteTestStore.Create(DatabasePath, _clock);
        var publisher = scraper.GetRequiredService<ICatalogStore>();
        var reader = api.GetRequiredService<ICatalogStore>();
        await publisher.PublishAsync(TestData.Publication(TestData.JakartaSweep()));
        var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writes = Task.Run(async () =>
        {
            await reading.Task;
            for (var i = 0; i < 25; i++)
            {
                await publisher.PublishAsync(TestData.Publication(TestData.JakartaSweep(), TestData.BandungSweep()) with { RunId = $"run-{i}" });
                await scraper.GetRequiredService<IDataVersionStore>().BumpAsync();
            }
        });
        var reads = Task.Run(async () =>
        {
            var seen = 0;
            do
            {
                var snapshot = await reader.GetSnapshotAsync(TestData.Date);
                Assert.NotNull(snapshot);
                Assert.Contains(snapshot.Movies, m => m.Movie.Id == TestData.KeretaMalam.Id);
                seen++;
                reading.TrySetResult();
            }
            while (!writes.IsCompleted);

            return seen;
        });

        await writes;
        Assert.True(await reads > 1, "reads went on while the other store wrote");
        Assert.Equal(25, await api.GetRequiredService<IDataVersionStore>().GetAsync());
        Assert.Equal(5, (await reader.GetSchedulesAsync(TestData.Date)).Sum(s => s.ShowtimeCount));
    }

    [Fact]
    public async Task TwoStoresOnOneFileNeverClaimTheSameItem()
    {
        await using var one = SqliteTestStore.Create(DatabasePath, _clock);
        await using var two = SqliteTestStore.Create(DatabasePath, _clock);
        var items = Enumerable.Range(0, 40).Select(i => new RunItemSpec($"city-{i:00}", $"CITY {i}")).ToArray();
        await one.GetRequiredService<IRunStore>().QueueAsync(
            new RunRequest(RunKind.Schedules, TestData.Date, [], "test", "cli"), items);

        async Task<List<string>> Drain(IRunStore runs, string owner)
        {
            var keys = new List<string>();
            while (await runs.ClaimAsync(owner, TimeSpan.FromMinutes(5)) is { IsPublishStep: false } lease)
            {
                keys.Add(lease.Key);
                await runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Empty, null, 0, 0, 0, 1), []);
            }

            return keys;
        }

        var claimed = await Task.WhenAll(
            Task.Run(() => Drain(one.GetRequiredService<IRunStore>(), "one")),
            Task.Run(() => Drain(two.GetRequiredService<IRunStore>(), "two")));

        var all = claimed.SelectMany(k => k).ToList();
        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
    }

    [Fact]
    public void DefaultPathIsUnderTheDataFolder() =>
        Assert.Equal(Path.Combine("data", "cineradar.db"), new StoreOptions().Sqlite.Path);

    [Fact]
    public void UnknownProviderIsAClearStartUpError()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Provider"] = "Oracle" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCineRadarStore(configuration));
        Assert.Contains("Oracle", error.Message, StringComparison.Ordinal);
    }
}
