using CineRadar.Core.Catalog;
using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Publishing;
using CineRadar.Scraper.Sweeps;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Tests;

/// <summary>The checks a day passes before publishing, and what is reported rather than refused.</summary>
public sealed class PublishingTests
{
    private static readonly DateOnly Date = new(2026, 1, 11);

    private static WorkItem Item(string key, WorkItemStatus status) =>
        new("run", key, key, status, null, null, 1, null, 0, 0, 0, 0, null, null);

    private static ScrapeRun Run(params WorkItem[] cities) =>
        new("run", RunKind.Schedules, RunStatus.Running, Date, 1, "test", "test", DateTimeOffset.UtcNow, null, null, null, null,
            [.. cities, Item(WorkItem.PublishKey, WorkItemStatus.Pending)]);

    /// <summary>A city's scrape: the movies it lists, each with <paramref name="showsPerMovie"/> showtimes in one theatre.</summary>
    private static CityScrape Scrape(string city, int movies, int showsPerMovie = 1, DateOnly? date = null) => new(city, city, date ?? Date,
        Enumerable.Range(0, movies).Select(m => new Movie($"m{m}", $"M{m}", [], null, null, null, [], false)).ToList(),
        showsPerMovie == 0
            ? []
            : Enumerable.Range(0, movies).Select(m => new CityMovieSchedule($"m{m}",
                [new TheatreSchedule($"t-{city}", "MALL XXI", null, "XXI", city, city,
                    [new Room("REGULAR 2D", "Rp40.000", Enumerable.Range(0, showsPerMovie).Select(s => new Showtime($"{city}-{m}-{s}", "19:00", 1, DateTimeOffset.UtcNow)).ToList())])])).ToList());

    private static DayValidator Validator() => new(Options.Create(new ValidationOptions()));

    [Fact]
    public void CoverageCountsCitiesThatReturnedShowtimesNotCitiesVisitedOrListingMovies()
    {
        var run = Run(Item("a", WorkItemStatus.Ok), Item("b", WorkItemStatus.Ok), Item("c", WorkItemStatus.Empty), Item("d", WorkItemStatus.Failed));
        var staged = new[] { Scrape("a", 12), Scrape("b", 10, showsPerMovie: 0), Scrape("c", 0) };

        var verdict = Validator().Check(run, staged);

        Assert.Equal(VerdictKind.Refuse, verdict.Kind);
        Assert.Equal("only 1 of 4 cities returned showtimes (25%); at least 60% are needed", verdict.Problem);
    }

    [Fact]
    public void ADayOfEmptySchedulesIsRefused()
    {
        var run = Run(Item("a", WorkItemStatus.Ok), Item("b", WorkItemStatus.Ok));

        var verdict = Validator().Check(run, [Scrape("a", 12, showsPerMovie: 0), Scrape("b", 12, showsPerMovie: 0)]);

        Assert.Equal((VerdictKind.Refuse, "no city returned showtimes (0 of 2 failed)"), (verdict.Kind, verdict.Problem));
    }

    [Theory]
    [InlineData(40, 81, VerdictKind.Hold)]
    [InlineData(40, 80, VerdictKind.Publish)]
    [InlineData(40, null, VerdictKind.Publish)]
    [InlineData(40, 0, VerdictKind.Publish)]
    public void ADayWithUnderHalfTheShowtimesOfTheSameWeekdayBeforeIsHeld(int showtimes, int? lastWeek, VerdictKind expected)
    {
        var run = Run(Item("a", WorkItemStatus.Ok), Item("b", WorkItemStatus.Ok));
        var staged = new[] { Scrape("a", 10, showsPerMovie: showtimes / 20), Scrape("b", 10, showsPerMovie: showtimes / 20), Scrape("a", 10, 9, Date.AddDays(1)) };

        var verdict = Validator().Check(run, staged, lastWeek);

        Assert.Equal(expected, verdict.Kind);
        if (expected == VerdictKind.Hold)
        {
            Assert.Equal("2026-01-11 has 40 showtimes in these cities, against 81 on 2026-01-04; at least 50% of the same weekday a week before is expected", verdict.Problem);
        }
    }

    [Fact]
    public void NationalSweepNeedsEnoughMovies()
    {
        var items = Enumerable.Range(0, 60).Select(i => Item($"c{i}", WorkItemStatus.Ok)).ToArray();
        var staged = items.Select(i => Scrape(i.Key, 3)).ToList();

        var verdict = Validator().Check(Run(items), staged);

        Assert.Equal("a national sweep found only 3 movies; at least 10 are expected", verdict.Problem);
    }

    [Fact]
    public void DayWithUnknownChainsIsPublishable()
    {
        var theatre = new TheatreSchedule("t1", "BIOSKOP BARU", null, "Platinum Cineplex", "a", "A",
            [new Room("SPHEREX HOLOGRAM 2D", "Rp50.000", [new Showtime("s1", "19:00", 1, DateTimeOffset.UtcNow)])]);
        var staged = Scrape("a", 1) with { Schedules = [new CityMovieSchedule("m0", [theatre])] };

        Assert.True(Validator().Check(Run(Item("a", WorkItemStatus.Ok)), [staged]).Publishable);
    }

    [Fact]
    public void ScheduleOfAMovieTheCityDoesNotListIsRefused()
    {
        var listed = Scrape("a", 1);
        var staged = listed with { Schedules = [.. listed.Schedules, new CityMovieSchedule("m9", [])] };

        var verdict = Validator().Check(Run(Item("a", WorkItemStatus.Ok)), [staged]);

        Assert.Equal("a has a schedule for movie m9, which it does not list", verdict.Problem);
    }

    [Fact]
    public async Task UnknownChainsAndRoomWordsAreReportedOnce()
    {
        using var store = new TestStore();
        var reporter = new UnknownsReporter(store.Get<IAlertStore>(), NullLogger<UnknownsReporter>.Instance);
        var theatre = new TheatreSchedule("t1", "BIOSKOP BARU", null, "Platinum Cineplex", "a", "A",
            [new Room("SPHEREX HOLOGRAM 2D", "Rp50.000", [new Showtime("s1", "19:00", 1, DateTimeOffset.UtcNow)])]);
        var staged = Scrape("a", 1) with { Schedules = [new CityMovieSchedule("m0", [theatre, theatre with { TheatreId = "t2" }])] };

        await reporter.ReportAsync([staged], CancellationToken.None);

        var alerts = await store.Get<IAlertStore>().ListAsync(10);
        Assert.Equal(["unknown-chain:PLATINUM CINEPLEX", "unknown-room-word:HOLOGRAM"], alerts.Select(a => a.Id).Order());
        Assert.All(alerts, a => Assert.Equal(AlertSeverity.Info, a.Severity));
        Assert.Contains("2 theatres", alerts.Single(a => a.Code == UnknownsReporter.UnknownChainAlert).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCityFromTixIsSweptUnassignedAndADroppedOneReported()
    {
        using var store = new TestStore();
        var directory = new CityDirectory(store.Get<ICityStore>(), store.Get<IAlertStore>(), TimeProvider.System, NullLogger<CityDirectory>.Instance);
        var kupang = Cities.FindByName("KUPANG")!;
        var listed = Cities.All.Where(c => c != kupang).Select(c => new TixCity(c.Id, c.Name)).Append(new TixCity("1999999999999999999", "Nabire")).ToList();

        var cities = await directory.SyncAsync(new FixedCitySource(listed), CancellationToken.None);

        Assert.Equal(Cities.All.Count, cities.Count);
        Assert.DoesNotContain(kupang, cities);
        Assert.Equal(("NABIRE", RegionId.Unassigned, IndonesianTimeZone.Wib), (cities[^1].Name, cities[^1].RegionId, cities[^1].TimeZone));
        var alerts = await store.Get<IAlertStore>().ListAsync(10);
        Assert.Equal(
            [(CityDirectory.MissingCityAlert, kupang.Id), (CityDirectory.NewCityAlert, "1999999999999999999")],
            alerts.Select(a => (a.Code, a.Subject)).Order());

        var back = await directory.SyncAsync(new FixedCitySource(Cities.All.Select(c => new TixCity(c.Id, c.Name)).ToList()), CancellationToken.None);

        Assert.Contains(kupang, back);
        var missing = (await store.Get<IAlertStore>().ListAsync(10)).Single(a => a.Code == CityDirectory.MissingCityAlert);
        Assert.False(missing.IsActive, "KUPANG is listed again: its missing-city alert is resolved");
    }

    [Fact]
    public async Task CityListThatCannotBeLearnedOrNamesTooFewKnownCitiesFallsBackToTheTableWithAnAlert()
    {
        using var store = new TestStore();
        var directory = new CityDirectory(store.Get<ICityStore>(), store.Get<IAlertStore>(), TimeProvider.System, NullLogger<CityDirectory>.Instance);

        var unread = await directory.SyncAsync(new FixedCitySource(null), CancellationToken.None);
        var partial = await directory.SyncAsync(new FixedCitySource([new TixCity("967969975509716992", "JAKARTA")]), CancellationToken.None);

        Assert.Equal(Cities.All, unread);
        Assert.Equal(Cities.All, partial);
        var alert = Assert.Single(await store.Get<IAlertStore>().ListAsync(10));
        Assert.Equal(CityDirectory.CityListAlert, alert.Code);
        Assert.Contains("names only 1 of the 83 cities", alert.Message, StringComparison.Ordinal);

        await directory.SyncAsync(new FixedCitySource(Cities.All.Select(c => new TixCity(c.Id, c.Name)).ToList()), CancellationToken.None);
        Assert.False(Assert.Single(await store.Get<IAlertStore>().ListAsync(10)).IsActive);
    }

    [Fact]
    public async Task PublishedRunDropsItsStagedResultsAndARefusedOneKeepsThem()
    {
        var directory = Directory.CreateTempSubdirectory("cineradar-publish-");
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Sqlite:Path"] = Path.Combine(directory.FullName, "cineradar.db") });
            builder.AddScraper();
            using var host = builder.Build();
            var runs = host.Services.GetRequiredService<IRunStore>();
            var publisher = host.Services.GetRequiredService<RunPublisher>();
            var jakarta = Cities.FindByName("JAKARTA")!;
            var theatre = new TheatreSchedule("t1", "PLAZA XXI", null, "XXI", jakarta.Id, jakarta.Name,
                [new Room("2D", "Rp50.000", [new Showtime("s1", "19:00", 1, DateTimeOffset.UtcNow)])]);
            var swept = new CityScrape(jakarta.Id, jakarta.Name, Date, [new Movie("m0", "M0", [], null, null, null, [], false)], [new CityMovieSchedule("m0", [theatre])]);

            async Task<(ScrapeRun Run, RunStatus Status)> PublishAsync(CityScrape staged)
            {
                var run = await runs.QueueAsync(new RunRequest(RunKind.Schedules, Date, [jakarta.Id], "test", "test"), [new RunItemSpec(jakarta.Id, jakarta.Name)]);
                var city = (await runs.ClaimAsync("test", TimeSpan.FromMinutes(1)))!;
                await runs.CompleteAsync(city, new WorkItemOutcome(WorkItemStatus.Ok, null, staged.Movies.Count, 1, 1, 1), [staged]);
                var publish = (await runs.ClaimAsync("test", TimeSpan.FromMinutes(1)))!;
                return (run, await publisher.PublishAsync(publish, CancellationToken.None));
            }

            var published = await PublishAsync(swept);
            var refused = await PublishAsync(swept with { Movies = [], Schedules = [] });

            Assert.Equal((RunStatus.Success, RunStatus.Failed), (published.Status, refused.Status));
            Assert.Empty(await runs.GetStagedAsync(published.Run.Id));
            Assert.Equal(jakarta.Id, Assert.Single(await runs.GetStagedAsync(refused.Run.Id)).CityId);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void CitiesResolveByNameOrIdOnce() =>
        Assert.Equal(["JAKARTA", "BANDUNG"], CityDirectory.Resolve(["jakarta", "973818511275069440", "JAKARTA"]).Select(c => c.Name));

    /// <summary>A city list as the bootstrap learned it; null when the app's city page held none.</summary>
    private sealed class FixedCitySource(IReadOnlyList<TixCity>? cities) : ICatalogSource
    {
        public Task<IReadOnlyList<TixCity>> GetCitiesAsync(CancellationToken cancellationToken) =>
            cities is null ? Task.FromException<IReadOnlyList<TixCity>>(new CityListNotLearnedException("no city list")) : Task.FromResult(cities);

        public Task<ICitySession> OpenCityAsync(TixCity city, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
