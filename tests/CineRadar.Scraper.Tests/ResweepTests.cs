using System.Diagnostics.Metrics;
using System.Globalization;
using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Resweeps;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Publishing;
using CineRadar.Scraper.Resweeps;
using CineRadar.Scraper.Sweeps;
using CineRadar.Scraper.Telemetry;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Tests.Support;
using CineRadar.Scraper.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Scraper.Tests;

/// <summary>
/// A re-sweep's city against a TIX whose listing changes: a partial read, a full one when the partial read found a
/// change and the allowance has room, nothing read when it has none, and the changes applied to the store at once.
/// </summary>
public sealed class ResweepTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 25);
    private static readonly City Jakarta = Cities.FindByName("JAKARTA")!;
    private static readonly City Quiet = Cities.FindByName("BANDUNG")!;

    // The morning sweep at 06:00 WIB; the re-sweep at 14:00 WIB.
    private static readonly DateTimeOffset Morning = new(2026, 11, 24, 23, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Afternoon = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Morning);
    private readonly TestStore _store;
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ChangingTix _tix = new();

    public ResweepTests() => _store = new TestStore(_clock);

    private IRunStore Runs => _store.Get<IRunStore>();

    private ICatalogStore Catalog => _store.Get<ICatalogStore>();

    [Fact]
    public async Task APartialReadThatFindsAnAddedShowReadsTheCityWholeAndAppliesEveryChange()
    {
        await SweepMorningAsync(requests: 9);
        _tix.Shows["hit"].Add(("hit-late", "22:00"));
        _tix.Shows["drama"].RemoveAll(s => s.Id == "drama-19");
        _tix.Shows["comedy"][0] = ("comedy-16", "17:00");

        var item = Assert.IsType<WorkItem>(await ResweepAsync(share: 0.5));

        Assert.Equal((WorkItemStatus.Ok, 1, 1, 1), (item.Status, item.Added, item.Moved, item.Cancelled));
        // The movie list, the hit, the next movie and the drama, whose turn it is (the partial read), then the horror
        // movie once it had found a change.
        Assert.Equal(5, item.Requests);
        Assert.Equal(5, _tix.Requests);
        Assert.Equal("read whole after a change in 3 of 4 movies", item.Reason);
        var shows = await StoredShowsAsync();
        Assert.Equal(Afternoon, shows["hit-late"].AddedAt);
        Assert.Equal((Afternoon, false), (shows["drama-19"].CancelledAt, shows["drama-19"].IsBookable));
        Assert.Equal((At(17), At(16)), (shows["comedy-16"].StartsAt, shows["comedy-16"].MovedFrom));
        Assert.Equal(8, shows.Count);
    }

    [Fact]
    public async Task APartialReadThatFindsNothingStopsThereAndWritesNothing()
    {
        await SweepMorningAsync(requests: 9);
        var before = (await Catalog.GetSnapshotAsync(Day))!.ScrapedAt;

        var item = Assert.IsType<WorkItem>(await ResweepAsync(share: 0.5));

        Assert.Equal((WorkItemStatus.Ok, 0, 0, 0), (item.Status, item.Added, item.Moved, item.Cancelled));
        // The movie list, the hit and the next movie (together over the partial share of the city's coming shows), and
        // the drama, whose turn it is among the others.
        Assert.Equal((4, "3 of 4 movies read"), (item.Requests, item.Reason));
        Assert.Equal(before, (await Catalog.GetSnapshotAsync(Day))!.ScrapedAt);
    }

    [Fact]
    public async Task AChangeFoundWithNoRoomLeftForTheRestIsAppliedFromThePartialReadAlone()
    {
        await SweepMorningAsync(requests: 9);
        _tix.Shows["hit"].Add(("hit-late", "22:00"));
        _tix.Shows["drama"].RemoveAll(s => s.Id == "drama-19");
        var run = await Runs.QueueAsync(new RunRequest(RunKind.Resweep, Day, [], "scheduler", ResweepTrigger.For(new TimeOnly(14, 0))), [new RunItemSpec(Jakarta.Id, Jakarta.Name)]);

        // 14 % of the morning's 29 requests is 4: the movie list and the hit and the next movie of the partial read (2
        // each, expected) fit, the drama does not, so its cancellation waits for another re-sweep.
        var item = await WorkAsync(run, share: 0.14);

        Assert.Equal((WorkItemStatus.Ok, 1, 0, 0, 3), (item.Status, item.Added, item.Moved, item.Cancelled, item.Requests));
        Assert.Equal(Afternoon, (await StoredShowsAsync())["hit-late"].AddedAt);
        Assert.False((await StoredShowsAsync())["drama-19"].IsCancelled);
    }

    [Fact]
    public async Task APlanTooDearForTheAllowanceQueuesNothing()
    {
        await SweepMorningAsync(requests: 9);

        // A fifth of 29 requests is 5; the partial read, the list and three movies at 2 each, fits in no less than 10.
        Assert.Null(await Requests(share: 0.2).QueueAsync(Day, "scheduler", ResweepTrigger.For(new TimeOnly(14, 0)), CancellationToken.None));
        Assert.DoesNotContain(await Runs.ListAsync(10), r => r.Kind == RunKind.Resweep);
    }

    [Fact]
    public async Task AnItemLeftWithoutAllowanceIsSkippedWithoutARequest()
    {
        await SweepMorningAsync(requests: 9);
        var run = await Runs.QueueAsync(new RunRequest(RunKind.Resweep, Day, [], "scheduler", ResweepTrigger.For(new TimeOnly(14, 0))), [new RunItemSpec(Jakarta.Id, Jakarta.Name)]);

        // The allowance of 7 % of 29 requests is two requests: less than the movie list and one movie (3, expected).
        var item = await WorkAsync(run, share: 0.07);

        Assert.Equal(WorkItemStatus.Empty, item.Status);
        Assert.StartsWith("skipped: 2 of the re-sweep's 2 requests left for this city, 3 needed", item.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _tix.Requests);
    }

    [Fact]
    public async Task AnOperatorsResweepReadsItsCityWholeAndTheRunSaysWhatItFound()
    {
        await SweepMorningAsync(requests: 9);
        _tix.Shows["drama"].RemoveAll(s => s.Id == "drama-19");
        var run = await Runs.QueueAsync(new RunRequest(RunKind.Resweep, Day, [Jakarta.Id], "operator", "admin"), [new RunItemSpec(Jakarta.Id, Jakarta.Name)]);

        var item = await WorkAsync(run, share: 0.2);
        var ended = await FinishAsync(run, share: 0.2);

        Assert.Equal((WorkItemStatus.Ok, 1, 5, "read whole"), (item.Status, item.Cancelled, item.Requests, item.Reason));
        Assert.Equal((RunStatus.Success, "0 added, 0 moved, 1 cancelled in 1 of 1 cities; 5 requests"), (ended.Status, ended.Error));
    }

    [Fact]
    public async Task AShowThatVanishedAfterItStartedStaysAsItWas()
    {
        await SweepMorningAsync(requests: 9);
        _clock.SetUtcNow(At(16).AddMinutes(5));
        _tix.Shows["comedy"].RemoveAll(s => s.Id == "comedy-16");

        var run = await Runs.QueueAsync(new RunRequest(RunKind.Resweep, Day, [Jakarta.Id], "operator", "admin"), [new RunItemSpec(Jakarta.Id, Jakarta.Name)]);
        var item = await WorkAsync(run, share: 1.0);

        Assert.Equal((0, 0, 0), (item.Added, item.Moved, item.Cancelled));
        Assert.False((await StoredShowsAsync())["comedy-16"].IsCancelled);
    }

    [Fact]
    public async Task TwoWorkersQueueEachSlotOnceAtItsTime()
    {
        await SweepMorningAsync(requests: 9);
        _clock.SetUtcNow(Afternoon.AddMinutes(59));
        var log = new RecordingLogger<ResweepService>();
        var workers = Enumerable.Range(0, 2).Select(_ => new ResweepService(
            Requests(share: 0.5),
            Runs,
            new LeaderLease(_store.Get<ILeaseStore>(), _clock),
            Options.Create(new SweepScheduleOptions()),
            new WorkerStatus(_clock),
            _clock,
            log)).ToList();
        foreach (var worker in workers)
        {
            await worker.StartAsync(CancellationToken.None);
        }

        // 14:59 WIB: the 15:00 slot is next; nothing is queued before it.
        await Task.Delay(200);
        Assert.DoesNotContain(await Runs.ListAsync(10), r => r.Kind == RunKind.Resweep);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await Runs.ListAsync(10)).Any(r => r.Kind == RunKind.Resweep) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        // Both workers woke for the slot; the second finds it queued (or the lease held) and queues nothing.
        await Task.Delay(500);
        foreach (var worker in workers)
        {
            await worker.StopAsync(CancellationToken.None);
        }

        var run = Assert.Single(await Runs.ListAsync(10), r => r.Kind == RunKind.Resweep);
        Assert.Equal((ResweepTrigger.For(new TimeOnly(15, 0)), Day, Jakarta.Id), (run.Trigger, run.Date, run.Cities.Single().Key));
    }

    /// <summary>
    /// The morning sweep of Jakarta and of a city that showed nothing, published, with the requests each took recorded
    /// on its item: 29 in all, 2 per movie in Jakarta.
    /// </summary>
    private async Task SweepMorningAsync(int requests)
    {
        var run = await Runs.QueueAsync(new RunRequest(RunKind.Schedules, Day, [], "scheduler", "schedule"), [new RunItemSpec(Jakarta.Id, Jakarta.Name), new RunItemSpec(Quiet.Id, Quiet.Name)]);
        var lease = (await Runs.ClaimAsync("test", TimeSpan.FromMinutes(2)))!;
        var scrape = _tix.Scrape(Jakarta);
        await Runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Ok, null, 4, 1, 7, requests), [scrape]);
        var quiet = (await Runs.ClaimAsync("test", TimeSpan.FromMinutes(2)))!;
        await Runs.CompleteAsync(quiet, new WorkItemOutcome(WorkItemStatus.Ok, null, 5, 0, 0, 20), []);
        var publish = (await Runs.ClaimAsync("test", TimeSpan.FromMinutes(2)))!;
        await Catalog.PublishAsync(new CatalogPublication(Day, _clock.GetUtcNow(), run.Id, [scrape]));
        await Runs.FinishAsync(publish, RunStatus.Success, null);
        _clock.SetUtcNow(Afternoon);
    }

    /// <summary>Plans a re-sweep at 14:00 and works its one city; the city's item, or null when the plan left it out.</summary>
    private async Task<WorkItem?> ResweepAsync(double share)
    {
        var run = await Requests(share).QueueAsync(Day, "scheduler", ResweepTrigger.For(new TimeOnly(14, 0)), CancellationToken.None);
        return run is null ? null : await WorkAsync(run, share);
    }

    private async Task<WorkItem> WorkAsync(ScrapeRun run, double share)
    {
        var lease = (await Runs.ClaimAsync("test", TimeSpan.FromMinutes(2)))!;
        Assert.Equal(run.Id, lease.RunId);
        await Resweeper(share).ReadCityAsync(lease, CancellationToken.None);
        return (await Runs.GetAsync(run.Id))!.Cities.Single();
    }

    private async Task<ScrapeRun> FinishAsync(ScrapeRun run, double share)
    {
        var lease = (await Runs.ClaimAsync("test", TimeSpan.FromMinutes(2)))!;
        Assert.True(lease.IsPublishStep);
        await Resweeper(share).FinishAsync(lease, CancellationToken.None);
        return (await Runs.GetAsync(run.Id))!;
    }

    private ResweepRequests Requests(double share) => new(
        Runs, Catalog, _store.Get<ISeatSampleStore>(), Options.Create(new SweepScheduleOptions { ResweepShare = share }), _clock, NullLogger<ResweepRequests>.Instance);

    private Resweeper Resweeper(double share) => new(
        Runs,
        Catalog,
        Requests(share),
        _tix,
        new CityDirectory(_store.Get<ICityStore>(), _store.Get<IAlertStore>(), _clock, NullLogger<CityDirectory>.Instance),
        new CitySweeper(Options.Create(new TixOptions()), new ScraperTelemetry(_meters.GetRequiredService<IMeterFactory>()), NullLogger<CitySweeper>.Instance),
        new DataChangeAnnouncer(_store.Get<IDataVersionStore>(), new StoreVersionOnlyNotifier()),
        Options.Create(new TixOptions()),
        _clock,
        NullLogger<Resweeper>.Instance);

    private async Task<Dictionary<string, Showtime>> StoredShowsAsync() =>
        (await Catalog.GetSchedulesAsync(Day))
            .SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes)
            .ToDictionary(s => s.Id, StringComparer.Ordinal);

    private static DateTimeOffset At(int wibHour) => new DateTimeOffset(2026, 11, 25, wibHour, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    public void Dispose()
    {
        _store.Dispose();
        _meters.Dispose();
    }

    /// <summary>
    /// One Jakarta theatre whose shows a test edits between reads: a hit with most shows, three smaller movies. Every
    /// call counts as one request, as the HTTP pipeline counts it.
    /// </summary>
    private sealed class ChangingTix : ICatalogSource, ICatalogSourceProvider, ICitySession
    {
        private int _requests;

        public Dictionary<string, List<(string Id, string Time)>> Shows { get; } = new(StringComparer.Ordinal)
        {
            ["hit"] = [("hit-13", "13:00"), ("hit-16", "16:00"), ("hit-19", "19:00"), ("hit-21", "21:00")],
            ["drama"] = [("drama-19", "19:00")],
            ["comedy"] = [("comedy-16", "16:00")],
            ["horror"] = [("horror-21", "21:00")],
        };

        public int Requests => Volatile.Read(ref _requests);

        public ICatalogSource Current => this;

        public Task<IReadOnlyList<TixCity>> GetCitiesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ICitySession> OpenCityAsync(TixCity city, CancellationToken cancellationToken) => Task.FromResult<ICitySession>(this);

        public Task<IReadOnlyList<TixMovie>> GetMoviesAsync(CancellationToken cancellationToken)
        {
            Count();
            return Task.FromResult<IReadOnlyList<TixMovie>>([.. Shows.Keys.Select(Movie)]);
        }

        public Task<TixSchedulePage> GetSchedulePageAsync(TixMovie movie, DateOnly date, int page, CancellationToken cancellationToken)
        {
            Count();
            return Task.FromResult(new TixSchedulePage(false, Theatres(movie.Id)));
        }

        public CityScrape Scrape(City city) => new(
            city.Id, city.Name, Day, [.. Shows.Keys.Select(Movie).Select(TixMapping.ToMovie)],
            [.. Shows.Keys.Select(id => new CityMovieSchedule(id, [.. Theatres(id).Select(t => TixMapping.ToTheatreSchedule(t, new CityRef(city.Id, city.Name), city.TimeZone, new TixOptions().DisplayTimeZone, Day))]))]);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private void Count()
        {
            Interlocked.Increment(ref _requests);
            RequestTally.Current?.Add();
        }

        private List<TixTheatre> Theatres(string movieId) => Shows[movieId].Count == 0
            ? []
            : [new TixTheatre("grand", "GRAND INDONESIA XXI", null, "XXI", [new TixPriceGroup("REGULAR 2D", "Rp50.000", [.. Shows[movieId].Select(s => new TixShowtime(s.Id, s.Time, 1))])])];

        private static TixMovie Movie(string id) => new(id, id, id.ToUpper(CultureInfo.InvariantCulture), [], null, null, null, ["XXI"], false);
    }
}
