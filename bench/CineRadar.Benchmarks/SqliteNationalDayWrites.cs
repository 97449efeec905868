using BenchmarkDotNet.Attributes;
using CineRadar.Core.Catalog;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Benchmarks;

/// <summary>Writing a national day into a fresh SQLite file: the day's catalog in one publish, then its seat samples.</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class SqliteNationalDayWrites
{
    private CatalogPublication _publication = null!;
    private List<SeatSample> _samples = [];
    private ServiceProvider _services = null!;
    private string _directory = "";

    [Params(100)]
    public int SampleBatch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _publication = NationalDay.Publication();
        _samples = NationalDay.Samples(_publication).ToList();
        Console.WriteLine($"// national day: {NationalDay.ShowtimeCount(_publication)} showtimes, {_samples.Count} samples");
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        _directory = Directory.CreateTempSubdirectory("cineradar-bench-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Sqlite:Path"] = Path.Combine(_directory, "bench.db") })
            .Build();
        _services = new ServiceCollection().AddCineRadarStore(configuration).BuildServiceProvider();
        _services.GetRequiredService<IDataVersionStore>().GetAsync().GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public Task PublishCatalog() => _services.GetRequiredService<ICatalogStore>().PublishAsync(_publication);

    [Benchmark]
    public async Task UpsertSeatSamples()
    {
        var store = _services.GetRequiredService<ISeatSampleStore>();
        foreach (var batch in _samples.Chunk(SampleBatch))
        {
            await store.UpsertAsync(batch);
        }
    }
}
