using CineRadar.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>A fresh SQLite store in a temporary folder, with every port registered.</summary>
public sealed class TestStore : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-store-").FullName;

    public TestStore(TimeProvider? clock = null) => Services = Open(Path.Combine(_directory, "cineradar.db"), clock);

    public ServiceProvider Services { get; }

    /// <summary>The store in an existing SQLite file (one a command wrote, say).</summary>
    public static ServiceProvider Open(string path, TimeProvider? clock = null) => new ServiceCollection()
        .AddSingleton(clock ?? TimeProvider.System)
        .AddCineRadarStore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Sqlite:Path"] = path }).Build())
        .BuildServiceProvider();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
