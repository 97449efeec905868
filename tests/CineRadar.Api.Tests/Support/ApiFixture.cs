using CineRadar.Core.Reference;
using CineRadar.Core.Time;
using Microsoft.Data.Sqlite;

namespace CineRadar.Api.Tests.Support;

/// <summary>
/// Once per test run: a SQLite store filled from a sandbox scrape of JAKARTA, BANDUNG and JAYAPURA for yesterday and
/// today (schedules swept, every showtime still ahead at 17:00 WIB sampled, estimates and rollups folded), and the Api
/// serving it on memory cache only.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public static readonly City Jakarta = Cities.FindByName("JAKARTA")!;
    public static readonly City Bandung = Cities.FindByName("BANDUNG")!;
    public static readonly City Jayapura = Cities.FindByName("JAYAPURA")!;

    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-api-").FullName;

    public ShiftedClock Clock { get; } = new();

    public DateOnly Today { get; private set; }

    public DateOnly Yesterday => Today.AddDays(-1);

    public string DatabasePath => Path.Combine(_directory, "cineradar.db");

    public ApiFactory Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Today = IndonesianClock.Today(TimeProvider.System);
        var afternoon = new TimeOnly(17, 0).ToTimeSpan();
        await SandboxDays.FillAsync(
            DatabasePath,
            Clock,
            [Jakarta, Bandung, Jayapura],
            [IndonesianClock.BusinessDayBounds(Yesterday).Start + afternoon, IndonesianClock.BusinessDayBounds(Today).Start + afternoon]);
        Api = new ApiFactory(DatabasePath, Clock);
    }

    /// <summary>Another Api on the same store and clock, with its own settings and services.</summary>
    public ApiFactory NewApi(IReadOnlyDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null) =>
        new(DatabasePath, Clock, settings, services);

    /// <summary>Another Api on its own copy of the store, for a test whose commands must not reach the other tests' store.</summary>
    public ApiFactory NewApiOnCopy(IReadOnlyDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var copy = Path.Combine(_directory, $"copy-{Guid.NewGuid():N}.db");
        using (var source = new SqliteConnection($"Data Source={DatabasePath}"))
        using (var target = new SqliteConnection($"Data Source={copy}"))
        {
            source.Open();
            source.BackupDatabase(target);
        }

        return new(copy, Clock, settings, services);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiSuite : ICollectionFixture<ApiFixture>
{
    public const string Name = "Api on a sandbox day";
}
