using CineRadar.Core.Catalog;
using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Sweeps;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CineRadar.Scraper.Tests;

/// <summary>A city TIX lists that the table of cities does not map: recorded, swept on WIB and reported until an operator maps it.</summary>
public sealed class AddedCityTests : IDisposable
{
    private static readonly DateOnly Date = new(2026, 1, 11);
    private static readonly TixCity Nabire = new("1999999999999999999", "Nabire");

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("cineradar-added-city-");
    private readonly IHost _host;

    public AddedCityTests()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Sqlite:Path"] = Path.Combine(_directory.FullName, "cineradar.db") });
        builder.AddScraper();
        builder.Services.AddSingleton<ICatalogSourceProvider>(new OneShowEverywhere([.. Cities.All.Select(c => new TixCity(c.Id, c.Name)), Nabire]));
        // TIX's whole list (a list naming under half the table is not trusted), plus one city the table does not know.);
        _host = builder.Build();
    }

    private static City Jakarta => Cities.FindByName("JAKARTA")!;

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    [Fact]
    public async Task ANewCityIsRecordedAndSweptOnWibUntilAnOperatorMapsItThenInItsOwnZone()
    {
        var beforeMapping = await SweepAsync();
        var recorded = await Get<ICityStore>().GetAsync(Nabire.Id);
        var alert = Assert.Single(await Get<IAlertStore>().ListAsync(10), a => a.Code == CityDirectory.NewCityAlert);

        Assert.Equal(("NABIRE", null), (recorded?.Name, recorded?.Mapping));
        Assert.Equal([Nabire.Id], (await Get<ICityStore>().ListAsync()).Select(c => c.Id));
        Assert.Equal((CityDirectory.NewCityAlert, Nabire.Id, true), (alert.Code, alert.Subject, alert.IsActive));
        Assert.Contains("swept on WIB", alert.Message, StringComparison.Ordinal);
        Assert.Equal(Local(19, 7), beforeMapping[Nabire.Id]);
        Assert.Equal(Local(19, 7), beforeMapping[Jakarta.Id]);

        await Get<ICityStore>().MapAsync(Nabire.Id, new CityMapping(RegionId.PapuaMaluku, IndonesianTimeZone.Wita, "dewi", DateTimeOffset.UtcNow));
        var afterMapping = await SweepAsync();

        Assert.Equal(Local(19, 8), afterMapping[Nabire.Id]);
        Assert.Equal(Local(19, 7), afterMapping[Jakarta.Id]);
        Assert.False(Assert.Single(await Get<IAlertStore>().ListAsync(10), a => a.Code == CityDirectory.NewCityAlert).IsActive);
    }

    [Fact]
    public async Task AQueuedItemOfAnAddedCityIsSweptInTheZoneItsOperatorGaveIt()
    {
        await Get<ICityStore>().RecordSeenAsync(Nabire.Id, "NABIRE", DateTimeOffset.UtcNow);
        await Get<ICityStore>().MapAsync(Nabire.Id, new CityMapping(RegionId.PapuaMaluku, IndonesianTimeZone.Wit, "dewi", DateTimeOffset.UtcNow));
        var nabire = new City(Nabire.Id, "NABIRE", RegionId.Unassigned, IndonesianTimeZone.Wib);

        var swept = await SweepAsync(nabire);

        Assert.Equal(Local(19, 9), Assert.Single(swept).Value);
    }

    [Fact]
    public async Task TheDaysRegionTotalsPutAMappedCityInTheRegionItsOperatorGaveIt()
    {
        await Get<ICityStore>().RecordSeenAsync(Nabire.Id, "NABIRE", DateTimeOffset.UtcNow);
        var show = new Showtime("s-nabire", "19:00", 1, Local(19, 9));
        await Get<ICatalogStore>().PublishAsync(new CatalogPublication(Date, DateTimeOffset.UtcNow, "run-nabire",
            [new CityScrape(Nabire.Id, "NABIRE", Date, [new Movie("m1", "KERETA MALAM", [], null, null, null, ["XXI"], false)],
                [new CityMovieSchedule("m1", [new TheatreSchedule("t1", "NABIRE XXI", null, "XXI", Nabire.Id, "NABIRE", [new Room("REGULAR 2D", "Rp40.000", [show])])])])]));

        var unmapped = await RegionsAsync();
        await Get<ICityStore>().MapAsync(Nabire.Id, new CityMapping(RegionId.PapuaMaluku, IndonesianTimeZone.Wit, "dewi", DateTimeOffset.UtcNow));
        var mapped = await RegionsAsync();

        Assert.Equal([nameof(RegionId.Unassigned)], unmapped);
        Assert.Equal([nameof(RegionId.PapuaMaluku)], mapped);
    }

    private async Task<string[]> RegionsAsync() =>
        (await Get<RollupFolder>().FoldAsync(Date, CancellationToken.None)).Rollups
            .Where(r => r.Dimension == RollupDimension.Region).Select(r => r.Key).ToArray();

    /// <summary>Queues a sweep (of TIX's whole list when no city is named), sweeps its cities and gives each city's showtime start.</summary>
    private async Task<Dictionary<string, DateTimeOffset>> SweepAsync(params City[] cities)
    {
        var run = await Get<SweepRequests>().QueueAsync(cities, Date, 1, "test", "test", CancellationToken.None);
        while (!(await Get<IRunStore>().GetAsync(run.Id))!.Cities.All(i => i.IsFinished))
        {
            Assert.True(await Get<RunProcessor>().ProcessNextAsync("test", CancellationToken.None));
        }

        return (await Get<IRunStore>().GetStagedAsync(run.Id)).ToDictionary(
            s => s.CityId, s => s.Schedules.Single().Theatres.Single().Rooms.Single().Showtimes.Single().StartsAt);
    }

    private static DateTimeOffset Local(int hour, int utcOffset) => new(Date, new TimeOnly(hour, 0), TimeSpan.FromHours(utcOffset));

    public void Dispose()
    {
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    /// <summary>TIX as a list of cities, each showing one movie once, at 19:00.</summary>
    private sealed class OneShowEverywhere(IReadOnlyList<TixCity> cities) : ICatalogSource, ICatalogSourceProvider, ICitySession
    {
        private static readonly TixMovie Movie = new("m1", "m1", "KERETA MALAM", [], null, null, null, ["XXI"], false);

        public ICatalogSource Current => this;

        public Task<IReadOnlyList<TixCity>> GetCitiesAsync(CancellationToken cancellationToken) => Task.FromResult(cities);

        public Task<ICitySession> OpenCityAsync(TixCity city, CancellationToken cancellationToken) => Task.FromResult<ICitySession>(this);

        public Task<IReadOnlyList<TixMovie>> GetMoviesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TixMovie>>([Movie]);

        public Task<TixSchedulePage> GetSchedulePageAsync(TixMovie movie, DateOnly date, int page, CancellationToken cancellationToken) =>
            Task.FromResult(new TixSchedulePage(false,
                [new TixTheatre("t1", "MALL XXI", null, "XXI", [new TixPriceGroup("REGULAR 2D", "Rp40.000", [new TixShowtime("s1", "19:00", 1)])])]));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
