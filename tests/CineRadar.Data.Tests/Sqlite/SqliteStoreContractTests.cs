using CineRadar.Data.Tests.Contract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Data.Tests.Sqlite;

/// <summary>The contract suite on a real SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-sqlite-").FullName;

    protected override Task<ServiceProvider> CreateStoreAsync(FakeTimeProvider clock) =>
        Task.FromResult(SqliteTestStore.Create(Path.Combine(_directory, "cineradar.db"), clock));

    protected override Task DisposeStoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

internal static class SqliteTestStore
{
    public static ServiceProvider Create(string path, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Provider"] = "Sqlite", ["Store:Sqlite:Path"] = path })
            .Build();
        return new ServiceCollection()
            .AddSingleton(clock)
            .AddCineRadarStore(configuration)
            .BuildServiceProvider();
    }
}
