using CineRadar.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>A fresh SQLite store in a temporary folder, with every port registered.</summary>
public sealed class TestStore : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-store-").FullName;

    public TestStore(TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Sqlite:Path"] = Path.Combine(_directory, "cineradar.db") })
            .Build();
        Services = new ServiceCollection()
            .AddSingleton(clock ?? TimeProvider.System)
            .AddCineRadarStore(configuration)
            .BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
