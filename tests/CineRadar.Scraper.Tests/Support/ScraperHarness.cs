using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Cli;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.Worker;
using CineRadar.TixSandbox;
using CineRadar.Tools.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>
/// An in-process TIX sandbox and a scraper pointed at it (real Chromium, a real SQLite file), as the worker and the CLI
/// build them. Each harness has its own sandbox, database and browser.
/// </summary>
public sealed class ScraperHarness : IAsyncDisposable
{
    private readonly string _directory;

    private ScraperHarness(SandboxServer sandbox, IHost host, string directory, string databasePath)
    {
        Sandbox = sandbox;
        Host = host;
        _directory = directory;
        DatabasePath = databasePath;
    }

    public SandboxServer Sandbox { get; }

    public IHost Host { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => Host.Services;

    public IRunStore Runs => Services.GetRequiredService<IRunStore>();

    public ICatalogStore Catalog => Services.GetRequiredService<ICatalogStore>();

    public static readonly City Jakarta = Cities.FindByName("JAKARTA")!;
    public static readonly City Bandung = Cities.FindByName("BANDUNG")!;
    public static readonly City Makassar = Cities.FindByName("MAKASSAR")!;
    public static readonly City Jayapura = Cities.FindByName("JAYAPURA")!;

    public static async Task<ScraperHarness> StartAsync(
        IDictionary<string, string?>? settings = null, Action<SandboxOptions>? sandboxOptions = null, string? databasePath = null, bool onSandboxClock = false)
    {
        var options = new SandboxOptions { AppPort = 0, ApiPort = 0 };
        options.App.RenderDelayMilliseconds = 100;
        sandboxOptions?.Invoke(options);
        var sandbox = await SandboxServer.StartAsync(options);
        var directory = Directory.CreateTempSubdirectory("cineradar-scraper-").FullName;
        var path = databasePath ?? Path.Combine(directory, "cineradar.db");
        var configuration = SandboxSettings.For(sandbox);
        configuration["Store:Sqlite:Path"] = path;
        configuration["Tix:RequestsPerSecond"] = "400";
        configuration["Tix:Concurrency"] = "3";
        configuration["Tix:Browser:Timeout"] = "00:00:20";
        configuration["Tix:Retries:BaseDelay"] = "00:00:00.100";
        configuration["Tix:Retries:MaxDelay"] = "00:00:01";
        configuration["Runs:CityRetryDelay"] = "00:00:00.200";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddScraper();
        builder.AddScraperWorker();
        if (onSandboxClock)
        {
            builder.Services.AddSingleton<TimeProvider>(sandbox.Clock);
        }

        var host = builder.Build();
        return new ScraperHarness(sandbox, host, directory, path);
    }

    /// <summary>Queues a sweep of the cities and works on it with the given number of workers until it ends.</summary>
    public async Task<ScrapeRun> SweepAsync(params City[] cities) => await SweepAsync(cities, days: 1);

    public async Task<ScrapeRun> SweepAsync(IReadOnlyList<City> cities, int days)
    {
        var run = await QueueSweepAsync(cities, days);
        return await WorkUntilFinishedAsync(run.Id);
    }

    /// <summary>The daily sweep: every city TIX lists, learned from the app (or the table when nothing can be learned).</summary>
    public async Task<ScrapeRun> SweepNationallyAsync() => await WorkUntilFinishedAsync((await QueueSweepAsync([], 1)).Id, workers: 4);

    /// <summary>The Admin's "Run now" with no city chosen: the Api queues every city it knows, and a worker takes the run.</summary>
    public async Task<ScrapeRun> RunNowNationallyAsync()
    {
        var request = new RunRequest(RunKind.Schedules, Core.Time.IndonesianClock.Today(TimeProvider.System), [], "operator", "admin", 1, null);
        var run = await Runs.QueueAsync(request, KnownCities.Table.All.Select(c => new RunItemSpec(c.Id, c.Name)).ToList());
        return await WorkUntilFinishedAsync(run.Id, workers: 4);
    }

    public Task<ScrapeRun> QueueSweepAsync(IReadOnlyList<City> cities, int days) =>
        Services.GetRequiredService<SweepRequests>().QueueAsync(
            cities, Core.Time.IndonesianClock.Today(TimeProvider.System), days, "test", "test", CancellationToken.None);

    public async Task<ScrapeRun> WorkUntilFinishedAsync(string runId, int workers = 3)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var processor = Services.GetRequiredService<RunProcessor>();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            while (true)
            {
                var run = await Runs.GetAsync(runId, timeout.Token);
                if (run!.IsFinished)
                {
                    return;
                }

                if (!await processor.ProcessNextAsync($"test#{w}", timeout.Token))
                {
                    await Task.Delay(100, timeout.Token);
                }
            }
        }));
        return (await Runs.GetAsync(runId))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is IAsyncDisposable asyncHost)
        {
            await asyncHost.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }

        await Sandbox.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
